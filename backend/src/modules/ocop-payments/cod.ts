import { OfflinePaymentProvider } from "./offline-provider"

/** Thanh toán khi nhận hàng: the courier or the sales point collects the money. */
export class CodPaymentProvider extends OfflinePaymentProvider {
  static identifier = "cod"
  protected method = "cod" as const
}
