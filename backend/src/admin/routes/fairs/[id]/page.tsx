import { Container } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { cataloguePath, FairCatalogueEditor, type Catalogue } from "../../../components/FairCatalogueEditor"
import { QueryState } from "../../../components/QueryState"
import { useAdminQuery } from "../../../lib/useAdminQuery"

// One fair's catalogue editor. The catalogue is read once per visit and not refetched behind
// the editor's back (a window refocus would throw away unsaved changes); a save replaces it.
const FairCataloguePage = () => {
  const { id } = useParams() as { id: string }
  const query = useAdminQuery<{ catalogue: Catalogue }>(cataloguePath(id), { refetchOnWindowFocus: false })
  if (!query.data) return <Container><QueryState isPending={query.isPending} error={query.error} className="" /></Container>
  return <FairCatalogueEditor key={query.dataUpdatedAt} fairId={id} catalogue={query.data.catalogue} />
}

export default FairCataloguePage
