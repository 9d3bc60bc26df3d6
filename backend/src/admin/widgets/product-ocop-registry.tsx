import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading } from "@medusajs/ui"
import { toGtin14 } from "@ocop/shared"
import { CertificateHistory } from "../components/CertificateHistory"
import { ProductStampBatches } from "../components/ProductStampBatches"

// The product's OCOP registry under the OCOP panel: its certificates with
// their history (and recording a renewal, upgrade or correction), and its
// traceability stamp batches (issuing and printing them).
const ProductOcopRegistry = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const gtins = [...new Set((data.variants ?? []).map((v) => toGtin14(v.ean) ?? toGtin14(v.upc) ?? toGtin14(v.barcode)).filter((g): g is string => !!g))]
  return (
    <Container className="divide-y p-0" data-testid="ocop-registry">
      <div className="px-6 py-4">
        <Heading level="h2">Sổ đăng ký OCOP</Heading>
      </div>
      <CertificateHistory productId={data.id} />
      <ProductStampBatches productId={data.id} title={data.title} gtins={gtins} />
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductOcopRegistry
