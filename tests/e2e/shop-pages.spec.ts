import { expect, test } from "@playwright/test"
import { expectAccessible } from "./axe"

test("the home page leads to collections, 5★ products, the next fair and the sales points", async ({ page }) => {
  await page.goto("/")
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  await expect(page.getByTestId("collections").getByRole("link")).toHaveCount(5)
  const five = page.getByRole("region", { name: "Sản phẩm OCOP 5 sao" })
  const stars = await five.locator("[data-stars]").evaluateAll((els) => els.map((e) => e.getAttribute("data-stars")))
  expect(stars.length).toBe(8)
  expect(new Set(stars)).toEqual(new Set(["5"]))
  await expect(page.getByTestId("fair-card")).toHaveAttribute("data-status", /^(current|upcoming)$/)
  await expectAccessible(page)
  await page.getByRole("link", { name: "Trà Việt" }).click()
  await expect(page).toHaveURL(/\/bo-suu-tap\/tra-viet$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trà Việt")
  await expect(page.getByTestId("product-card").first()).toBeVisible()
  await expectAccessible(page)
})

test("a product page has its gallery, producer, the way to check a stamp, related products and structured data", async ({ page }) => {
  await page.goto("/san-pham/mien-dong-tai-hoan")
  await expect(page.getByTestId("gallery").locator("img").first()).toBeVisible()
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
  expect(ld).toMatchObject({ "@type": "Product", name: "Miến dong Tài Hoan", brand: { name: "HTX Nông nghiệp Tài Hoan" } })
  expect(ld.offers).toMatchObject({ priceCurrency: "VND", availability: "https://schema.org/InStock" })
  expect(ld.aggregateRating).toBeUndefined() // stars are a council's rating, not reviews
  expect(ld.additionalProperty[0]).toMatchObject({ name: "OCOP", value: "5 sao" })
  const related = page.getByRole("region", { name: "Sản phẩm cùng nhóm" }).getByTestId("product-card")
  await expect(related).toHaveCount(4)
  await expect(related.filter({ hasText: "Miến dong Tài Hoan" }).filter({ hasText: /^Miến dong Tài Hoan$/ })).toHaveCount(0)
  // each package has its own stamp: the page says so and leads to the check form
  await expect(page.getByTestId("stamp-note")).toBeVisible()
  await expectAccessible(page)

  await page.getByTestId("stamp-note").getByRole("link").click()
  await expect(page).toHaveURL(/\/truy-xuat$/)
  // the code printed on this product's stamps before the registry, typed as a shopper would
  await page.getByLabel("Mã in trên tem").fill(` tn-${new Date().getFullYear()}-0001 `)
  await page.getByRole("button", { name: "Kiểm tra" }).click()
  await expect(page).toHaveURL(/\/truy-xuat\/TN-\d{4}-0001$/)
  const record = page.getByTestId("trace-record")
  await expect(record.getByRole("heading", { level: 1 })).toHaveText("Miến dong Tài Hoan")
  await expect(record).toContainText("Còn hiệu lực")
  await expect(record).toContainText("Thái Nguyên")
  await expectAccessible(page)

  await record.getByRole("link", { name: "HTX Nông nghiệp Tài Hoan" }).click()
  await expect(page).toHaveURL(/\/chu-the\/htx-nong-nghiep-tai-hoan$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("HTX Nông nghiệp Tài Hoan")
  const own = page.getByTestId("product-card")
  await expect(own.first()).toBeVisible()
  for (const producer of await own.locator(".card__producer").allInnerTexts()) expect(producer).toBe("HTX Nông nghiệp Tài Hoan")
  await expect(own.filter({ has: page.getByRole("link", { name: "Miến dong Tài Hoan", exact: true }) })).toHaveCount(1)
  await expectAccessible(page)
})

test("an unknown traceability code, producer or collection answers 404 with a way back", async ({ page }) => {
  for (const path of ["/truy-xuat/XX-0000-0000", "/chu-the/khong-co", "/bo-suu-tap/khong-co", "/diem-ban/khong-co", "/hoi-cho/khong-co"]) {
    const res = await page.goto(path)
    expect([path, res?.status()]).toEqual([path, 404])
  }
  await expect(page.getByRole("link", { name: "Xem tất cả sản phẩm" })).toBeVisible()
})

test("the sitemap lists every kind of page in both languages", async ({ request }) => {
  const res = await request.get("/sitemap.xml")
  expect(res.headers()["content-type"]).toContain("xml")
  const xml = await res.text()
  for (const path of ["/san-pham/mien-dong-tai-hoan", "/chu-the/htx-nong-nghiep-tai-hoan", "/bo-suu-tap/tra-viet", "/hoi-cho/festival-ocop-viet-nam"]) {
    expect(xml).toContain(`${path}</loc>`)
    expect(xml).toContain(`/en${path}</loc>`)
  }
  expect(xml).toMatch(/hreflang="en" href="[^"]+\/en\/diem-ban"/)
  expect((xml.match(/<url>/g) ?? []).length).toBeGreaterThan(2 * 385)
})
