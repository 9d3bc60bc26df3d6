import { MedusaError } from "@medusajs/framework/utils"
import { describeErrors, parseOcopMetadata } from "@ocop/shared"

type ProductLike = { title?: string; metadata?: Record<string, unknown> | null }

/** Throws a 400 naming every bad field; the failed workflow rolls the write back. */
export function assertOcopMetadata(products: ProductLike[]) {
  const problems = products.flatMap((p) => {
    const r = parseOcopMetadata(p.metadata)
    if (r.ok) return []
    return [products.length > 1 ? `${p.title}: ${describeErrors(r.errors)}` : describeErrors(r.errors)]
  })
  if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" | "))
}
