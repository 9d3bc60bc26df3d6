import { expect, test, type Page } from "@playwright/test"
import { buildCatalogue } from "@ocop/seed"
import { certificateStatus, newSerial } from "@ocop/shared"
import { expectAccessible } from "./axe"
import { BACKEND, expectNoHorizontalScroll, PHONE, staffToken } from "./portal-helpers"

// A package's stamp, from staff issuing a batch to a shopper scanning its QR
// on a phone: the product, the certificate's status today, the lot and its
// dates, the star history, where to buy; an unknown code and its report.

const PRODUCT = { handle: "mien-dong-tai-hoan", title: "Miến dong Tài Hoan", producer: "HTX Nông nghiệp Tài Hoan" }
const BATCH = { quantity: 3, lot: "L2026-05", produced_on: "2026-11-20", best_before: "2027-11-20" }
// a GTIN-13 under Việt Nam's GS1 prefix with a right check digit: its stamps carry GS1 Digital Links
const GTIN = "8934567890120"

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON answer of the API; callers that read it closely name T
async function admin<T = any>(token: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${BACKEND}${path}`, {
    method: body ? "POST" : "GET",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`)
  return json as T
}

/** Staff issue a batch of stamps for the product; answers the stamps' serials and the paths their QR codes open. */
async function issueStamps(extra: Record<string, unknown> = {}) {
  const token = await staffToken()
  const { products } = await admin(token, `/admin/products?handle=${PRODUCT.handle}&fields=id,title`)
  const { batch } = await admin(token, "/admin/ocop/stamp-batches", { product_id: products[0].id, ...BATCH, ...extra })
  const { stamps } = await admin<{ stamps: { serial: string; url: string }[] }>(token, `/admin/ocop/stamp-batches/${batch.id}/stamps`)
  expect(stamps).toHaveLength(BATCH.quantity)
  return stamps.map((s) => ({ serial: s.serial, path: new URL(s.url).pathname }))
}

// the seed's certificate of the product, and what the page must call its status today
const today = new Date().toISOString().slice(0, 10)
const seeded = buildCatalogue(today).products.find((p) => p.handle === PRODUCT.handle)!
const cert = seeded.metadata.ocop_certificate!
const statusWords = { valid: "Còn hiệu lực", expiring: "Sắp hết hạn", expired: "Đã hết hạn", revoked: "Đã bị thu hồi" }[certificateStatus(cert, today)]

async function expectTracePage(page: Page, serial: string) {
  const record = page.getByTestId("trace-record")
  await expect(record.getByRole("heading", { level: 1 })).toHaveText(PRODUCT.title)
  await expect(record.getByTestId("serial")).toHaveText(serial)
  await expect(record.getByTestId("certificate-status")).toContainText(statusWords)
  await expect(record.getByTestId("cert-number")).toHaveText(cert.number)
  await expect(record.getByTestId("lot")).toHaveText(BATCH.lot)
  await expect(record.getByTestId("package")).toContainText(/Ngày sản xuất\s*20\/11\/2026/)
  await expect(record.getByTestId("package")).toContainText(/Hạn sử dụng\s*20\/11\/2027/)
  await expect(record.getByTestId("origin")).toContainText("Thái Nguyên (trước đây là Bắc Kạn)")
  await expect(record.getByTestId("origin").getByRole("link", { name: PRODUCT.producer })).toHaveAttribute("href", "/chu-the/htx-nong-nghiep-tai-hoan")
  const history = record.getByTestId("star-history")
  await expect(history.getByRole("listitem").first()).toContainText(`${seeded.metadata.ocop_stars} sao`)
  await expect(history).toContainText(cert.number)
  await expect(record.getByRole("heading", { name: "Mua ở đâu gần bạn" })).toBeVisible()
  for (const href of await record.getByTestId("sales-points").locator("li a").evaluateAll((as) => as.map((a) => a.getAttribute("href"))))
    expect(href).toMatch(/^\/diem-ban\/[a-z0-9-]+$/)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/truy-xuat/${serial}$`))
}

test.describe("stamps of a batch", () => {
  let stamps: { serial: string; path: string }[]

  test.beforeAll(async () => {
    stamps = await issueStamps()
  })

  test("a stamp's QR opens its trace page on a phone: product, certificate status, lot, star history, where to buy", async ({ page }) => {
    await page.setViewportSize(PHONE)
    const [stamp] = stamps
    const res = await page.goto(stamp.path)
    expect(res?.status()).toBe(200)
    await expectTracePage(page, stamp.serial)
    await expect(page.getByTestId("suspicious")).toHaveCount(0)
    await expectNoHorizontalScroll(page)
    await expectAccessible(page)
    // the same record at the shop's own address
    await page.goto(`/truy-xuat/${stamp.serial}`)
    await expectTracePage(page, stamp.serial)
  })

  test("the English trace page", async ({ page }) => {
    await page.setViewportSize(PHONE)
    await page.goto(`/en/truy-xuat/${stamps[1].serial}`)
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    const record = page.getByTestId("trace-record")
    await expect(record.getByRole("heading", { level: 1 })).toHaveText(PRODUCT.title)
    await expect(record.getByRole("heading", { name: "OCOP certificate" })).toBeVisible()
    await expect(record.getByTestId("certificate-status")).toContainText(/Valid|Expiring soon/)
    await expect(record.getByTestId("package")).toContainText(new RegExp(`Lot\\s*${BATCH.lot}`))
    await expect(record.getByTestId("package")).toContainText(/Best before\s*11\/20\/2027/)
    await expect(record.getByRole("heading", { name: "OCOP star history" })).toBeVisible()
    await expect(record.getByRole("heading", { name: "Where to buy near you" })).toBeVisible()
    await expectAccessible(page)
  })

  test("a stamp looked up from many devices warns the shopper and offers the report form", async ({ page, request }) => {
    const serial = stamps[2].serial
    const many = Number(process.env.OCOP_STAMP_SUSPICIOUS_CLIENTS) || 20
    // the storefront trusts its loopback proxy (npm test), so X-Forwarded-For names each shopper
    for (let i = 0; i < many; i++) {
      const res = await request.get(`/truy-xuat/${serial}`, { headers: { "x-forwarded-for": `198.51.100.${i + 10}` } })
      expect(res.status()).toBe(200)
    }
    await page.setViewportSize(PHONE)
    await page.goto(`/truy-xuat/${serial}`)
    const warning = page.getByTestId("suspicious")
    await expect(warning).toContainText(/Mã này đã được tra cứu [\d.,]+ lần từ [\d.,]+ thiết bị khác nhau\. Nếu tem trên sản phẩm của bạn trông khác thường, hãy báo cho chúng tôi\./)
    await expect(warning.getByTestId("report-form").getByLabel("Mã trên tem")).toHaveValue(serial)
    await expectAccessible(page)
  })
})

test("a stamp with a GTIN carries a GS1 Digital Link; another lot or GTIN in the link is not that stamp", async ({ page }) => {
  const [stamp] = await issueStamps({ gtin: GTIN })
  expect(stamp.path).toBe(`/01/0${GTIN}/10/${BATCH.lot}/21/${stamp.serial}`)
  await page.setViewportSize(PHONE)
  expect((await page.goto(stamp.path))?.status()).toBe(200)
  await expectTracePage(page, stamp.serial)
  await expect(page.getByTestId("package")).toContainText(GTIN)
  expect((await page.goto(`/01/0${GTIN}/21/${stamp.serial}`))?.status()).toBe(200)
  expect((await page.goto(`/01/0${GTIN}/10/L2026-06/21/${stamp.serial}`))?.status()).toBe(404)
  expect((await page.goto(`/01/08934567890137/10/${BATCH.lot}/21/${stamp.serial}`))?.status()).toBe(404)
})

test("an unknown code answers 404 with the report form (no JavaScript on the page), and the report is sent", async ({ page }) => {
  await page.setViewportSize(PHONE)
  const serial = newSerial() // well formed, issued to no stamp
  const res = await page.goto(`/truy-xuat/${serial}`)
  expect(res?.status()).toBe(404)
  await expect(page.locator("script:not([type='application/ld+json'])")).toHaveCount(0)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Không tìm thấy mã ${serial}`)
  await expect(page.getByTestId("trace-not-found")).toContainText("Mã có thể bị in sai hoặc là hàng giả")
  await expectAccessible(page)
  const form = page.getByTestId("report-form")
  await expect(form.getByLabel("Mã trên tem")).toHaveValue(serial)
  await form.getByLabel("Bạn thấy điều gì khác thường?").fill("Tem bị mờ, mua ở chợ huyện")
  await form.getByLabel(/Số điện thoại hoặc e-mail/).fill("0912345678")
  await form.getByRole("button", { name: "Gửi báo cáo" }).click()
  await expect(page.getByTestId("report-sent")).toContainText(`Chúng tôi đã nhận báo cáo về mã ${serial}`)
  await expectAccessible(page)

  // the check form on that page: a code typed with spaces and small letters finds its trace page
  await page.goto(`/truy-xuat/${serial}`)
  await page.getByTestId("check-stamp").getByLabel("Mã in trên tem").fill("zz")
  await page.getByTestId("check-stamp").getByRole("button", { name: "Kiểm tra" }).click()
  await expect(page.getByRole("alert")).toContainText("Mã “zz” không đúng")
})

test("a product page shows its star history and explains the stamps, with a form to check one", async ({ page }) => {
  const [stamp] = await issueStamps()
  await page.setViewportSize(PHONE)
  await page.goto(`/san-pham/${PRODUCT.handle}`)
  await expect(page.getByTestId("trace")).toHaveCount(0) // no product-wide trace code any more
  await expect(page.getByTestId("star-history").getByRole("listitem").first()).toContainText(`${seeded.metadata.ocop_stars} sao`)
  const note = page.getByTestId("stamp-note")
  await expect(note).toContainText("Mỗi gói hàng có tem truy xuất riêng: quét mã QR trên tem để kiểm tra.")
  await expectAccessible(page)
  await note.getByRole("link", { name: /Kiểm tra mã tem/ }).click()
  await expect(page).toHaveURL(/\/truy-xuat$/)
  await expectAccessible(page)
  const spaced = stamp.serial.toLowerCase().replace(/(.{4})/g, "$1 ")
  await page.getByLabel("Mã in trên tem").fill(spaced)
  await page.getByRole("button", { name: "Kiểm tra" }).click()
  await expect(page).toHaveURL(new RegExp(`/truy-xuat/${stamp.serial}$`))
  await expectTracePage(page, stamp.serial)
})
