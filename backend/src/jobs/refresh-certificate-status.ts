import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { findProductsWithLapsedStars } from "../lib/search/certificate-status"
import { CERTIFICATE_STATUS_CHANGED } from "../lib/search/product-document"

// Every night: products whose certificate expired since the index last saw them
// lose their public stars (the search index and everything reading it follow).
export default async function refreshCertificateStatus(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ids = await findProductsWithLapsedStars(container.resolve(Modules.SEARCH))
  if (!ids.length) return
  await container.resolve(Modules.EVENT_BUS).emit({ name: CERTIFICATE_STATUS_CHANGED, data: ids.map((id) => ({ id })) })
  logger.info(`OCOP certificates: ${ids.length} product(s) lost their stars after expiry`)
}

export const config = {
  name: "refresh-ocop-certificate-status",
  schedule: "5 0 * * *",
}
