import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { toGtin14 } from "@ocop/shared"
import { liveStatus, type CertificateRow } from "../../../lib/registry/facts"
import { registryOf } from "../../../lib/registry/records"

/**
 * What a stamp batch of a product needs: its producer, its current
 * certificate (verified and in date: stamps vouch for it) and its GTIN —
 * the one staff give (check digit validated) or the first valid EAN/UPC/barcode
 * of its variants.
 */
export const stampProductStep = createStep(
  "load-product-for-stamps",
  async (input: { product_id: string; gtin?: string | null; require_certificate: boolean }, { container }) => {
    const { data } = await container.resolve<Omit<RemoteQueryFunction, symbol>>(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id", "title", "producer.id", "variants.ean", "variants.upc", "variants.barcode"],
      filters: { id: input.product_id },
    })
    const product = data[0]
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
    const [cert] = (await registryOf(container).listOcopCertificates({ product_id: product.id, is_current: true })) as unknown as CertificateRow[]
    const live = cert ? liveStatus(cert) : null
    if (input.require_certificate && live !== "valid" && live !== "expiring") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${product.title} has no valid verified OCOP certificate${cert ? ` (${cert.number} is ${live})` : ""}: stamps can only vouch for a certified product`
      )
    }
    let gtin: string | null = null
    if (input.gtin) {
      gtin = toGtin14(input.gtin)
      if (!gtin) throw new MedusaError(MedusaError.Types.INVALID_DATA, `gtin: ${input.gtin} is not a GTIN-8/12/13/14 with a right check digit`)
    } else {
      for (const v of product.variants ?? []) gtin ??= toGtin14(v.ean) ?? toGtin14(v.upc) ?? toGtin14(v.barcode)
    }
    return new StepResponse({ product_id: product.id, title: product.title as string, producer_id: (product.producer?.id as string) ?? null, certificate_id: cert?.id ?? null, gtin })
  }
)
