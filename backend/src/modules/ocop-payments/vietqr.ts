import { OfflinePaymentProvider } from "./offline-provider"

/**
 * Chuyển khoản VietQR: the order page shows a VietQR for the exact amount and
 * the order reference (lib/payments/vietqr.ts); staff mark it paid on arrival.
 */
export class VietQrPaymentProvider extends OfflinePaymentProvider {
  static identifier = "vietqr"
  protected method = "vietqr" as const
}
