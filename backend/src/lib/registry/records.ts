// Reading the registry's records (used by steps and by the routes' pre-checks).
import type { MedusaContainer } from "@medusajs/framework/types"
import { OCOP_REGISTRY_MODULE } from "../../modules/ocop-registry"
import type OcopRegistryModuleService from "../../modules/ocop-registry/service"
import { numberKey, type CertificateRow } from "./facts"

export const registryOf = (container: MedusaContainer) => container.resolve<OcopRegistryModuleService>(OCOP_REGISTRY_MODULE)

/** The product's current certificate and the one (if any) carrying `number`. */
export async function certificatesFor(container: MedusaContainer, productId: string, number?: string) {
  const registry = registryOf(container)
  const [current] = (await registry.listOcopCertificates({ product_id: productId, is_current: true })) as unknown as CertificateRow[]
  const [sameNumber] = number
    ? ((await registry.listOcopCertificates({ product_id: productId, number_key: numberKey(number) })) as unknown as CertificateRow[])
    : []
  return { current: current ?? null, sameNumber: sameNumber ?? null }
}

