import { expect, test, type Page } from "@playwright/test"
import { expectAccessible } from "./axe"
import { expectNoEnglish, expectNoHorizontalScroll, expectTouchTargets, inviteMember, joinWithPassword, moderate, PHONE, placeCodOrder, staffToken } from "./portal-helpers"

// A cooperative member's whole job on a 390 × 844 phone: join through the
// invitation, create a product, fix and resubmit a rejected certificate,
// change price and stock, ship an order with a tracking number the buyer sees.
// Every Vietnamese page on the way: axe clean, no English, no sideways scrolling.

const PRODUCER = "HTX Miến dong Bình Lư"
const RUN = Date.now().toString(36)
const TITLE = `Miến dong Bình Lư ${RUN}`
const ADDRESS = { first_name: "Lê Văn Nam", phone: "0912 345 678", province: "ha-noi", city: "Phường Hoàn Kiếm", address_1: "12 Hàng Bài", country_code: "vn" }

async function phonePage(page: Page) {
  await expectAccessible(page)
  await expectNoEnglish(page)
  await expectNoHorizontalScroll(page)
  await expectTouchTargets(page)
}

async function png(page: Page, color: string): Promise<Buffer> {
  const dataUrl = await page.evaluate((fill) => {
    const c = document.createElement("canvas")
    c.width = 600
    c.height = 600
    const g = c.getContext("2d")!
    g.fillStyle = fill
    g.fillRect(0, 0, 600, 600)
    return c.toDataURL("image/png")
  }, color)
  return Buffer.from(dataUrl.split(",")[1], "base64")
}

test("a producer on a phone joins, creates, fixes a rejection, changes price and stock, and ships with tracking the buyer sees", async ({ browser }) => {
  test.setTimeout(300_000)
  const staff = await staffToken()
  const email = `thanh-vien-${RUN}@binhlu.test`
  const invite = await inviteMember(staff, PRODUCER, email)
  const page = await (await browser.newContext({ locale: "vi-VN", viewport: PHONE, isMobile: true, hasTouch: true })).newPage()

  // join: the invitation names the producer and already knows the e-mail
  await page.goto(invite)
  await expect(page.getByTestId("invite-producer")).toContainText(PRODUCER)
  await expect(page.getByLabel("E-mail")).toHaveValue(email)
  await page.getByLabel("Họ và tên").fill("Lò Thị Hoa")
  await page.getByLabel(/Mật khẩu mới/).fill("ngan")
  await page.getByRole("button", { name: "Tham gia" }).click()
  await expect(page.getByText("Mật khẩu cần ít nhất 8 ký tự.")).toBeVisible()
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Lò Thị Hoa")
  await phonePage(page)
  await joinWithPassword(page, "mien-dong-binh-lu", PRODUCER)
  await phonePage(page)

  // create: mistakes are named beside their fields, in Vietnamese, before anything is sent
  await page.getByRole("link", { name: "Thêm sản phẩm" }).click()
  const form = page.getByTestId("product-editor")
  const size1 = form.getByRole("group", { name: "Quy cách 1" })
  await size1.getByLabel("Quy cách").fill("Gói 500 g")
  await size1.getByLabel("Giá (đồng)").fill("65.000")
  await size1.getByLabel("Tồn kho").fill("nhiều")
  await form.getByLabel("Tên sản phẩm").fill(TITLE)
  await form.getByLabel("Số quyết định").fill("1520/QĐ-UBND")
  await form.getByLabel("Ngày cấp").fill("2025-09-01")
  await form.getByLabel("Ngày hết hạn").fill("2029-09-01")
  await form.getByLabel("Cơ quan cấp").fill("UBND tỉnh Tuyên Quang")
  await form.getByTestId("save-product").click()
  await expect(page.getByTestId("editor-summary")).toContainText("Chưa lưu được")
  await expect(size1.getByLabel("Tồn kho")).toHaveAttribute("aria-invalid", "true")
  await expect(size1.getByLabel("Tồn kho")).toBeFocused()
  await expect(size1.getByText("Nhập số lượng là số nguyên từ 0 trở lên.")).toBeVisible()
  await expect(form.getByText("Chứng nhận OCOP có hiệu lực tối đa 36 tháng: hết hạn muộn nhất 2028-09-01.")).toBeVisible()
  await expect(form.getByLabel("Phân nhóm")).toHaveAttribute("aria-invalid", "true")
  await phonePage(page)
  await size1.getByLabel("Tồn kho").fill("40")
  await form.getByLabel("Ngày hết hạn").fill("2028-09-01")
  await form.getByLabel("Nhóm sản phẩm").selectOption("food")
  await form.getByLabel("Phân nhóm").selectOption("processed")
  await form.getByRole("combobox", { name: /^Tỉnh, thành phố/ }).selectOption("tuyen-quang")
  await form.locator("input[name=image_ids]").setInputFiles({ name: "mien.png", mimeType: "image/png", buffer: await png(page, "#8b3a3a") })
  await expect(form.getByRole("img", { name: `${TITLE} 1` })).toBeVisible()
  await form.getByTestId("save-product").click()
  await expect(page.getByTestId("created")).toContainText(TITLE)
  const card = page.getByTestId("portal-product").filter({ hasText: TITLE })
  await expect(card.getByTestId("product-state")).toHaveAttribute("data-state", "review_first")
  await expect(card.getByTestId("product-state")).toContainText("Chờ xác minh lần đầu")
  await phonePage(page)

  // staff reject; the producer reads why, fixes the certificate and resubmits
  const productId = (await card.getByRole("link", { name: `Sửa: ${TITLE}` }).getAttribute("href"))!.split("/").pop()!
  await moderate(staff, productId, "reject", "Số quyết định không khớp với bản chụp")
  await page.reload()
  await expect(card.getByTestId("product-state")).toHaveAttribute("data-state", "rejected")
  await expect(card.getByTestId("product-state")).toContainText("Số quyết định không khớp với bản chụp")
  await card.getByRole("link", { name: `Sửa: ${TITLE}` }).click()
  await form.getByLabel("Số quyết định").fill("1521/QĐ-UBND")
  await form.locator("input[name=certificate_scan_id]").setInputFiles({ name: "chung-nhan.png", mimeType: "image/png", buffer: await png(page, "#eeeeee") })
  await expect(form.getByRole("link", { name: "Xem bản chụp đã tải" })).toBeVisible()
  await phonePage(page)
  const editor = new URL(page.url()).pathname
  await form.getByRole("button", { name: "Lưu và gửi lại để xác minh" }).click()
  await page.waitForURL(/\?saved=1$/)
  await expect(page.getByTestId("product-saved")).toBeVisible()
  await expect(page.getByTestId("product-state")).toHaveAttribute("data-state", "review_first")
  await moderate(staff, productId, "verify")

  // change price and add a size in the editor (the save that used to fail), then stock on the quick screen
  await page.goto(editor)
  await expect(page.getByTestId("product-state")).toHaveAttribute("data-state", "on_sale")
  await size1.getByLabel("Giá (đồng)").fill("70000")
  await form.getByRole("button", { name: "Thêm quy cách" }).click()
  const size2 = form.getByRole("group", { name: "Quy cách 2" })
  await size2.getByLabel("Quy cách").fill("Gói 1 kg")
  await size2.getByLabel("Giá (đồng)").fill("130000")
  await size2.getByLabel("Tồn kho").fill("12")
  await form.getByTestId("save-product").click()
  await page.waitForURL(/\?saved=1$/)
  await expect(page.getByTestId("product-saved")).toBeVisible()
  await expect(size2.getByLabel("Quy cách")).toHaveValue("Gói 1 kg")
  await expect(size1.getByLabel("Giá (đồng)")).toHaveValue("70000")
  await page.getByRole("navigation", { name: "Kênh người bán" }).getByRole("link", { name: "Sản phẩm" }).click()
  await card.getByRole("link", { name: `Giá & tồn kho: ${TITLE}` }).click()
  await phonePage(page)
  await page.getByRole("group", { name: "Gói 500 g" }).getByLabel("Tồn kho").fill("-2")
  await page.getByRole("button", { name: "Lưu sản phẩm" }).click()
  await expect(page.getByText("Nhập số lượng là số nguyên từ 0 trở lên.")).toBeVisible()
  await page.getByRole("group", { name: "Gói 500 g" }).getByLabel("Tồn kho").fill("25")
  await page.getByRole("button", { name: "Lưu sản phẩm" }).click()
  await expect(page.getByTestId("stock-saved")).toBeVisible()
  await expect(page.getByRole("group", { name: "Gói 500 g" }).getByLabel("Tồn kho")).toHaveValue("25")

  // the shopper's product page has the new price and both sizes
  const shopper = await (await browser.newContext({ locale: "vi-VN", viewport: PHONE })).newPage()
  const { products } = await (await fetch(`${process.env.BACKEND_URL || "http://localhost:9000"}/admin/products/${productId}?fields=handle,variants.id,variants.title`, { headers: { authorization: `Bearer ${staff}` } })).json().then((r) => ({ products: [r.product] }))
  await shopper.goto(`/san-pham/${products[0].handle}`)
  await expect(shopper.getByText("70.000 ₫").first()).toBeVisible()
  await expect(shopper.getByText("Gói 1 kg").first()).toBeVisible()

  // a cash-on-delivery order arrives; the producer ships it with carrier and tracking number
  const variant = products[0].variants.find((v: { title: string }) => v.title === "Gói 500 g")
  const order = await placeCodOrder(variant.id, 2, ADDRESS)
  await page.getByRole("navigation", { name: "Kênh người bán" }).getByRole("link", { name: "Tổng quan" }).click()
  await expect(page.getByTestId("orders-to-ship")).toContainText("1")
  await phonePage(page)
  await page.getByTestId("orders-to-ship").click()
  const orderCard = page.getByTestId("portal-order").filter({ hasText: `#${order.display_id}` })
  await expect(orderCard.getByTestId("payment-method")).toHaveText("Thu tiền khi giao (COD)")
  await expect(orderCard.getByTestId("collect")).toHaveText(`${order.total.toLocaleString("vi-VN")} ₫`.replace(/\u00a0/g, " "))
  await expect(orderCard).toContainText("Hà Nội")
  await expect(orderCard.getByTestId("call")).toHaveAttribute("href", "tel:0912345678")
  await phonePage(page)
  await orderCard.getByLabel(/Đơn vị vận chuyển/).fill("Viettel Post")
  await orderCard.getByLabel(/Mã vận đơn/).fill("VTP123456789")
  await orderCard.getByRole("button", { name: /Xác nhận đã gửi hàng/ }).click()
  const confirmed = page.getByTestId("shipped-confirmation")
  await expect(confirmed).toContainText(`#${order.display_id}`)
  await expect(page.locator("#shipped")).toContainText("VTP123456789")
  await expect(page.locator("#shipped")).toContainText("Viettel Post")
  await expect(page.getByTestId("tab-to_ship")).toContainText("(0)")
  await phonePage(page)

  // the buyer's order page shows the carrier and the tracking number
  await shopper.goto(`/don-hang/${order.id}`)
  await expect(shopper.getByText("VTP123456789")).toBeVisible()
  await expect(shopper.getByText("Viettel Post")).toBeVisible()
  await expectNoHorizontalScroll(shopper)
})

test("a producer member who forgot the password gets a link that works once", async ({ browser }) => {
  test.setTimeout(120_000)
  const staff = await staffToken()
  const email = `quen-${RUN}@binhlu.test`
  const page = await (await browser.newContext({ locale: "vi-VN", viewport: PHONE })).newPage()
  await page.goto(await inviteMember(staff, PRODUCER, email))
  await joinWithPassword(page, "mat-khau-cu-1", PRODUCER)
  await page.getByRole("button", { name: "Đăng xuất" }).click()

  // a wrong password keeps the e-mail typed
  await page.getByLabel("E-mail").fill(email)
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau")
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page.getByRole("alert")).toContainText("không đúng")
  await expect(page.getByLabel("E-mail")).toHaveValue(email)
  await page.getByRole("link", { name: "Quên mật khẩu?" }).click()
  await page.getByLabel("E-mail").fill(email)
  await page.getByRole("button", { name: "Gửi liên kết" }).click()
  await expect(page.getByTestId("reset-sent")).toBeVisible()
  await phonePage(page)

  // the link from the e-mail (the notification staff and tests can read)
  const { notifications } = await (await fetch(`${process.env.BACKEND_URL || "http://localhost:9000"}/admin/notifications?limit=50&order=-created_at`, { headers: { authorization: `Bearer ${staff}` } })).json()
  const mail = notifications.find((n: { to: string; template: string }) => n.to === email && n.template === "ocop-producer-password-reset")
  const link = new URL(mail.data.reset_url)
  await page.goto(link.pathname + link.search)
  await phonePage(page)
  await page.getByLabel(/Mật khẩu mới/).fill("mat-khau-moi-2")
  await page.getByRole("button", { name: "Lưu mật khẩu mới" }).click()
  await expect(page.getByTestId("portal-producer")).toHaveText(PRODUCER)
  // the same link again is refused
  await page.goto(link.pathname + link.search)
  await page.getByLabel(/Mật khẩu mới/).fill("mat-khau-moi-3")
  await page.getByRole("button", { name: "Lưu mật khẩu mới" }).click()
  await expect(page.getByTestId("reset-bad-link")).toBeVisible()
})
