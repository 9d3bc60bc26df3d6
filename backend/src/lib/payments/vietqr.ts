import { BanksObject, QRPay } from "vietnam-qr-pay"

// The shop's receiving account, from the environment (demo values otherwise).
export function receivingAccount() {
  const bankKey = (process.env.VIETQR_BANK || "vietcombank") as keyof typeof BanksObject
  const bank = BanksObject[bankKey]
  if (!bank) throw new Error(`VIETQR_BANK "${bankKey}" is not a bank known to vietnam-qr-pay (e.g. vietcombank, bidv, acb)`)
  return {
    bank: bank.shortName ?? bank.name,
    bin: bank.bin,
    account: process.env.VIETQR_ACCOUNT || "1023456789",
    account_name: process.env.VIETQR_ACCOUNT_NAME || "CONG TY CP CHO OCOP",
  }
}

/** The transfer reference customers type or scan: short, unique per order, no diacritics. */
export const transferReference = (displayId: number | string) => `OCOP${displayId}`

/** A dynamic VietQR (EMV) for exactly `amount` đồng with the order's reference, built by vietnam-qr-pay. */
export function vietQrPayload(amount: number, reference: string): string {
  const account = receivingAccount()
  return QRPay.initVietQR({
    bankBin: account.bin,
    bankNumber: account.account,
    amount: String(Math.round(amount)),
    purpose: reference,
  }).build()
}
