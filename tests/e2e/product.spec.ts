import { expect, test } from "@playwright/test"
import { buildCatalogue } from "@ocop/seed"
import { certificateStatus } from "@ocop/shared"
import { expectAccessible } from "./axe"

test("a product page shows price, sizes and the OCOP certificate, reached from search", async ({ page }) => {
  await page.goto("/san-pham?q=mien+dong+tai+hoan")
  await page.getByRole("link", { name: "Miến dong Tài Hoan", exact: true }).click()
  await expect(page).toHaveURL(/\/san-pham\/mien-dong-tai-hoan$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Miến dong Tài Hoan")
  const panel = page.getByTestId("ocop-panel")
  await expect(panel.locator("[data-stars]")).toHaveAttribute("aria-label", "5 sao OCOP")
  await expect(panel.getByTestId("cert-number")).toHaveText(/^\d+\/QĐ-BNNMT$/)
  await expect(panel).toContainText("Hội đồng OCOP Trung ương")
  await expect(panel).toContainText("Thái Nguyên (trước đây là Bắc Kạn)")
  await expect(panel).toContainText(/Hiệu lực đến\s*\d{2}\/\d{2}\/\d{4}/)
  const prices = await page.getByTestId("variant").locator(".price").allInnerTexts()
  expect(prices.length).toBe(2)
  for (const p of prices) expect(p.replace(/\u00a0/g, " ")).toMatch(/^\d{1,3}(\.\d{3})+ ₫$/)
  await expect(page.getByRole("heading", { name: "Câu chuyện sản phẩm" })).toBeVisible()
  await expectAccessible(page)
})

test("a product whose certificate has expired shows no stars and says since when", async ({ page }) => {
  const today = new Date().toISOString().slice(0, 10)
  const expired = buildCatalogue(today).products.find((p) => certificateStatus(p.metadata.ocop_certificate, today) === "expired")!
  await page.goto(`/san-pham/${expired.handle}`)
  const panel = page.getByTestId("ocop-panel")
  await expect(panel.locator("[data-stars]")).toHaveCount(0)
  await expect(panel.getByRole("note")).toContainText("Chứng nhận OCOP đã hết hạn ngày")
})

test("an unknown product answers 404", async ({ page }) => {
  const res = await page.goto("/san-pham/khong-co-san-pham-nay")
  expect(res?.status()).toBe(404)
})
