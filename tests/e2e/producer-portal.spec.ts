import { expect, test, type Page } from "@playwright/test"
import { expectAccessible } from "./axe"
import { BACKEND, joinWithPassword } from "./portal-helpers"

// Staff work in the Medusa admin on the backend; producers and shoppers on the storefront.
const ADMIN = { email: "admin@ocop.local", password: "ocop-admin-2026" }
const PRODUCER = "HTX Nông nghiệp Tài Hoan"
const TITLE = `Miến dong đỏ Na Rì ${Date.now().toString(36)}`

// A small PNG drawn in the page (a real image the server must decode and re-encode).
async function photo(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const c = document.createElement("canvas")
    c.width = 640
    c.height = 480
    const g = c.getContext("2d")!
    g.fillStyle = "#a0522d"
    g.fillRect(0, 0, 640, 480)
    g.fillStyle = "#fff"
    g.fillRect(200, 150, 240, 180)
    return c.toDataURL("image/png")
  })
  return Buffer.from(dataUrl.split(",")[1], "base64")
}

async function staffSignIn(page: Page) {
  await page.goto(`${BACKEND}/app/login`)
  // the admin's first load compiles its extensions in development mode
  await page.getByRole("textbox", { name: "Email" }).fill(ADMIN.email, { timeout: 120_000 })
  await page.getByPlaceholder("Password").fill(ADMIN.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await expect(page).not.toHaveURL(/\/login/, { timeout: 60_000 })
}

test("a producer's new product goes on sale, with its stars, once staff verify the certificate", async ({ browser }) => {
  test.setTimeout(240_000)
  const staff = await (await browser.newContext({ locale: "vi-VN" })).newPage()
  await staffSignIn(staff)

  // staff invite a member of the producer from the admin's producer page
  await staff.goto(`${BACKEND}/app/producers`)
  await staff.getByRole("searchbox", { name: "Tìm theo tên" }).fill("Tài Hoan")
  await staff.getByRole("cell", { name: PRODUCER }).click()
  const email = `member-${Date.now()}@taihoan.test`
  await staff.getByLabel("Mời bằng e-mail").fill(email)
  await staff.getByRole("button", { name: "Gửi lời mời" }).click()
  const link = (await staff.getByTestId("invite-link").locator("code").innerText()).trim()
  const invite = new URL(link)

  // the member accepts in the storefront and lands in the portal
  const producer = await (await browser.newContext({ locale: "vi-VN" })).newPage()
  await producer.goto(invite.pathname + invite.search)
  await expectAccessible(producer)
  await producer.getByLabel("Họ và tên").fill("Hoàng Thị Mai")
  await expect(producer.getByLabel("E-mail")).toHaveValue(email)
  await joinWithPassword(producer, "mien-dong-2026", PRODUCER)
  await expectAccessible(producer)

  // a new product with a photo, two sizes and its certificate
  await producer.getByRole("link", { name: "Thêm sản phẩm" }).click()
  const form = producer.getByTestId("product-editor")
  await form.getByLabel("Tên sản phẩm").fill(TITLE)
  await form.getByLabel("Mô tả chi tiết").fill('<p>Sợi miến <strong>dai, trong</strong><img src=x onerror="window.__xss=1"></p><script>window.__xss=2</script>')
  await form.getByLabel("Câu chuyện sản phẩm").fill("Dong riềng đỏ trồng trên nương Na Rì.")
  await form.getByLabel("Tải ảnh lên").setInputFiles({ name: "mien-dong.png", mimeType: "image/png", buffer: await photo(producer) })
  await expect(form.getByRole("img", { name: `${TITLE} 1` })).toBeVisible()
  const size = form.getByRole("group", { name: "Quy cách 1" })
  await size.getByRole("textbox", { name: "Quy cách" }).fill("Gói 500 g")
  await size.getByRole("textbox", { name: "Giá (đồng)" }).fill("65000")
  await size.getByRole("textbox", { name: "Tồn kho" }).fill("30")
  await form.getByLabel("Hạng sao").selectOption("4")
  await form.getByLabel("Nhóm sản phẩm").selectOption("food")
  await form.getByLabel("Phân nhóm").selectOption("processed")
  await form.getByRole("combobox", { name: /^Tỉnh, thành phố/ }).selectOption("thai-nguyen")
  await form.getByLabel("Số quyết định").fill("1520/QĐ-UBND")
  await form.getByLabel("Ngày cấp").fill("2025-09-01")
  await form.getByLabel("Ngày hết hạn").fill("2028-09-01")
  await form.getByLabel("Cơ quan cấp").fill("UBND tỉnh Thái Nguyên")
  await expectAccessible(producer)
  await form.getByRole("button", { name: "Lưu sản phẩm" }).click()
  const row = producer.getByTestId("portal-product").filter({ hasText: TITLE })
  await expect(row.getByTestId("product-state")).toHaveAttribute("data-state", "review_first")
  await expect(row.getByTestId("product-state")).toContainText("Chờ xác minh lần đầu")

  // shoppers cannot find it yet
  const shopper = await (await browser.newContext({ locale: "vi-VN" })).newPage()
  await shopper.goto(`/san-pham?q=${encodeURIComponent(TITLE)}`)
  await expect(shopper.getByRole("link", { name: TITLE, exact: true })).toHaveCount(0)

  // staff verify it in the admin's queue
  await staff.goto(`${BACKEND}/app/ocop-verification`)
  await staff.getByRole("button", { name: `Xác minh: ${TITLE}` }).click()
  await expect(staff.getByRole("button", { name: `Xác minh: ${TITLE}` })).toHaveCount(0)

  // now it is on sale with its 4 stars, and the producer's markup was cleaned
  await shopper.goto(`/san-pham?q=${encodeURIComponent(TITLE)}`)
  await shopper.getByRole("link", { name: TITLE, exact: true }).first().click()
  await expect(shopper.getByRole("heading", { level: 1 })).toHaveText(TITLE)
  await expect(shopper.getByTestId("ocop-panel").locator(".stars")).toHaveAttribute("data-stars", "4")
  await expect(shopper.locator(".rich-text strong")).toHaveText("dai, trong")
  expect(await shopper.evaluate(() => (window as Window & { __xss?: unknown }).__xss)).toBeUndefined()
  await expect(shopper.locator(".rich-text img, .rich-text script")).toHaveCount(0)

  await producer.reload()
  await expect(row.getByTestId("product-state")).toHaveAttribute("data-state", "on_sale")
  await expect(row.getByTestId("product-state")).toContainText("Đang bán")
})

test("the portal refuses visitors who are not producer members", async ({ page }) => {
  await page.goto("/kenh-nguoi-ban/san-pham")
  await expect(page.getByRole("heading", { name: "Đăng nhập kênh người bán" })).toBeVisible()
  await page.getByLabel("E-mail").fill("nobody@ocop.test")
  await page.getByLabel("Mật khẩu").fill("wrong-password")
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page.getByRole("alert")).toContainText("chưa được mời")
  const api = await page.request.get("/api/producer/products")
  expect(api.status()).toBe(401)
  await expectAccessible(page)
})
