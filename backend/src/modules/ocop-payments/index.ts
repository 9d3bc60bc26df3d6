import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { CodPaymentProvider } from "./cod"
import { VietQrPaymentProvider } from "./vietqr"

// Registered with id "ocop": pp_cod_ocop and pp_vietqr_ocop.
export default ModuleProvider(Modules.PAYMENT, { services: [CodPaymentProvider, VietQrPaymentProvider] })
