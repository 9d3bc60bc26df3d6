import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { warnAboutCertificates } from "../lib/producer/certificate-warnings"
import { findProductsWithLapsedStars } from "../lib/search/certificate-status"
import { CERTIFICATE_STATUS_CHANGED } from "../lib/search/product-document"

// Every night: products whose certificate expired since the index last saw them
// lose their public stars (the search index and everything reading it follow);
// producers hear about certificates ending within 60 days and those that ended.
export default async function refreshCertificateStatus(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ids = await findProductsWithLapsedStars(container.resolve(Modules.SEARCH))
  if (ids.length) {
    await container.resolve(Modules.EVENT_BUS).emit({ name: CERTIFICATE_STATUS_CHANGED, data: ids.map((id) => ({ id })) })
    logger.info(`OCOP certificates: ${ids.length} product(s) lost their stars after expiry`)
  }
  const warned = await warnAboutCertificates(container)
  if (warned.sent) logger.info(`OCOP certificates: ${warned.sent} e-mail(s) to producers (${warned.expiring} ending soon, ${warned.expired} ended)`)
}

export const config = {
  name: "refresh-ocop-certificate-status",
  schedule: "5 0 * * *",
}
