import { expect, test, type Page } from "@playwright/test"
import { buildCatalogue } from "@ocop/seed"
import { deliveryRate, provinceByCode } from "@ocop/shared"
import { QRPay } from "vietnam-qr-pay"
import { expectAccessible } from "./axe"

const catalogue = buildCatalogue(new Date().toISOString().slice(0, 10))
const money = (text: string) => Number(text.replace(/\D/g, ""))

async function fillAddress(page: Page, a: { name: string; phone: string; province: string; ward: string; street: string }) {
  await page.getByLabel("Họ và tên").fill(a.name)
  await page.getByLabel("Điện thoại").fill(a.phone)
  await page.getByLabel("Tỉnh, thành phố").selectOption(a.province)
  await page.getByLabel("Phường, xã").fill(a.ward)
  await page.getByLabel("Số nhà, đường").fill(a.street)
  await page.getByRole("button", { name: "Tiếp tục" }).click()
}

test("buys with cash on delivery: search, cart, 2025 address, zone-priced delivery, confirmation", async ({ page }) => {
  await page.goto("/san-pham?q=mien+dong+tai+hoan")
  await page.getByRole("link", { name: "Miến dong Tài Hoan", exact: true }).click()
  const variant = page.getByTestId("variant").first()
  const price = money(await variant.locator(".price").innerText())
  await variant.getByRole("spinbutton").fill("2")
  await variant.getByRole("button", { name: /^Thêm vào giỏ/ }).click()
  await expect(page.getByRole("status")).toContainText("Đã thêm vào giỏ hàng")
  await expect(page.getByTestId("cart-link")).toContainText("2")

  await page.getByTestId("cart-link").click()
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
  expect(money(await page.getByTestId("cart-subtotal").innerText())).toBe(2 * price)
  await expectAccessible(page)
  await page.getByRole("link", { name: /Thanh toán/ }).click()

  // a phone a courier cannot call is refused with the reason, nothing lost
  await fillAddress(page, { name: "Trần Văn Bình", phone: "12345", province: "lao-cai", ward: "Phường Sa Pa", street: "5 Cầu Mây" })
  await expect(page.getByRole("alert")).toContainText("phone")
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Trần Văn Bình")
  await page.getByLabel("Điện thoại").fill("+84 912 345 678")
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await expect(page.getByTestId("address-summary")).toContainText("0912345678")
  await expect(page.getByTestId("address-summary")).toContainText("Lào Cai")
  await expectAccessible(page)

  const standard = page.getByRole("radio", { name: /^Giao hàng tiêu chuẩn/ })
  await expect(standard).toBeChecked()
  const fee = deliveryRate("home-standard", "lao-cai")!
  await expect(page.locator("label.choice").filter({ has: standard })).toContainText(new Intl.NumberFormat("vi-VN").format(fee))
  await page.getByRole("radio", { name: "Thanh toán khi nhận hàng (COD)" }).check()
  await page.getByRole("button", { name: "Đặt hàng" }).click()

  await expect(page).toHaveURL(/\/don-hang\/order_[A-Z0-9]+\?moi$/)
  await expect(page.getByTestId("order-heading")).toHaveText(/^Đặt hàng thành công #\d+$/)
  expect(money(await page.getByTestId("order-total").innerText())).toBe(2 * price + fee)
  await expect(page.getByTestId("cod-note")).toBeVisible()
  await expect(page.getByTestId("cart-link")).not.toContainText(/\d/)
  await expectAccessible(page)
})

test("pays by VietQR and collects at a sales point that stocks the product", async ({ page }) => {
  const point = catalogue.salesPoints.find((s) => s.productHandles.length > 3)!
  const product = catalogue.products.find((p) => point.productHandles.includes(p.handle) && p.variants[0].stock > 2)!
  await page.goto(`/san-pham/${product.handle}`)
  await page.getByTestId("variant").first().getByRole("button", { name: /^Thêm vào giỏ/ }).click()
  await page.goto("/thanh-toan")
  await fillAddress(page, { name: "Lê Thị Mai", phone: "0987 654 321", province: point.province, ward: "Phường Trung tâm", street: "1 Đường Chính" })

  await page.getByRole("radio", { name: /^Nhận tại điểm bán OCOP/ }).check()
  const select = page.getByLabel("Điểm bán nhận hàng")
  await expect(select.locator("option").first()).toContainText(provinceByCode(point.province)!.name) // the shopper's province first
  await select.selectOption({ label: `${point.name} — ${provinceByCode(point.province)!.name}` })
  await page.getByRole("radio", { name: "Chuyển khoản ngân hàng qua mã VietQR" }).check()
  await page.getByRole("button", { name: "Đặt hàng" }).click()

  await expect(page.getByTestId("order-delivery")).toContainText(point.name)
  const total = money(await page.getByTestId("order-total").innerText())
  expect(total).toBe(product.variants[0].price) // pickup is free
  const qr = page.getByTestId("vietqr")
  await expect(qr.locator("svg")).toBeVisible()
  const displayId = (await page.getByTestId("order-heading").innerText()).match(/#(\d+)/)![1]
  await expect(page.getByTestId("transfer-reference")).toHaveText(`OCOP${displayId}`)
  // what a banking app reads from the code: a valid VietQR for exactly this amount and reference
  const scanned = new QRPay((await qr.locator("[data-payload]").getAttribute("data-payload"))!)
  expect(scanned.isValid).toBe(true)
  expect([scanned.amount, scanned.additionalData.purpose, scanned.currency]).toEqual([String(total), `OCOP${displayId}`, "704"])
  await expectAccessible(page)
})

test("the cart refuses more than the shop has, saying so in the shopper's language", async ({ page }) => {
  const product = catalogue.products.find((p) => p.variants[0].stock > 0 && p.variants[0].stock < 20)!
  await page.goto(`/san-pham/${product.handle}`)
  const variant = page.getByTestId("variant").first()
  await variant.getByRole("spinbutton").evaluate((el) => el.removeAttribute("max")) // as a hand-made request would
  await variant.getByRole("spinbutton").fill(String(product.variants[0].stock + 5))
  await variant.getByRole("button", { name: /^Thêm vào giỏ/ }).click()
  await expect(page).toHaveURL(/\/gio-hang\?error=/)
  await expect(page.getByRole("alert")).toHaveText("Không đủ hàng cho số lượng bạn chọn. Hãy giảm số lượng.")
  await expect(page.getByTestId("cart-line")).toHaveCount(0)
})

test("the cart page changes quantities within the stock and removes lines", async ({ page }) => {
  const product = catalogue.products.filter((p) => p.variants[0].stock > 3 && p.variants[0].stock < 20).at(-1)!
  const stock = product.variants[0].stock
  await page.goto(`/san-pham/${product.handle}`)
  const price = money(await page.getByTestId("variant").first().locator(".price").innerText())
  await page.getByTestId("variant").first().getByRole("button", { name: /^Thêm vào giỏ/ }).click()
  await page.goto("/gio-hang")
  const quantity = page.getByTestId("cart-line").getByRole("spinbutton")
  await expect(quantity).toHaveAttribute("max", String(stock)) // what the shop can still sell
  await quantity.fill("2")
  await page.getByRole("button", { name: "Cập nhật" }).click()
  await expect(quantity).toHaveValue("2")
  expect(money(await page.getByTestId("cart-subtotal").innerText())).toBe(2 * price)
  await expect(page.getByTestId("cart-link")).toContainText("2")
  // removing works even while the quantity box holds something the shop cannot sell
  await quantity.fill(String(stock + 10))
  await page.getByRole("button", { name: "Xóa" }).click()
  await expect(page.getByText("Giỏ hàng của bạn đang trống.")).toBeVisible()
  await expect(page.getByTestId("cart-link")).not.toContainText(/\d/)
})

test("an account keeps addresses and shows its orders", async ({ page }) => {
  const email = `khach-${Date.now()}@ocop.test`
  await page.goto("/tai-khoan?dang-ky")
  await page.getByLabel("Họ và tên").fill("Phạm Minh Châu")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill("mat-khau-2026")
  await page.getByRole("button", { name: "Đăng ký" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xin chào, Phạm Minh Châu")
  await expect(page.getByText("Bạn chưa có đơn hàng nào.")).toBeVisible()

  await page.locator("summary", { hasText: "Thêm địa chỉ" }).click()
  await page.getByLabel("Họ và tên").fill("Phạm Minh Châu")
  await page.getByLabel("Điện thoại").fill("0903 111 222")
  await page.getByLabel("Tỉnh, thành phố").selectOption("da-nang")
  await page.getByLabel("Phường, xã").fill("Phường Hải Châu")
  await page.getByLabel("Số nhà, đường").fill("10 Bạch Đằng")
  await page.getByRole("button", { name: "Thêm địa chỉ" }).click()
  await expect(page.getByTestId("my-addresses")).toContainText("0903111222 — 10 Bạch Đằng, Phường Hải Châu, Đà Nẵng")

  await page.goto("/san-pham/mien-dong-tai-hoan")
  await page.getByTestId("variant").first().getByRole("button", { name: /^Thêm vào giỏ/ }).click()
  await page.goto("/thanh-toan")
  await fillAddress(page, { name: "Phạm Minh Châu", phone: "0903111222", province: "da-nang", ward: "Phường Hải Châu", street: "10 Bạch Đằng" })
  await page.getByRole("button", { name: "Đặt hàng" }).click()
  const displayId = (await page.getByTestId("order-heading").innerText()).match(/#(\d+)/)![1]

  await page.getByRole("link", { name: "Tài khoản" }).click()
  await expect(page.getByTestId("my-orders").getByRole("link", { name: `#${displayId}` })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau")
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page.getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng.")
})
