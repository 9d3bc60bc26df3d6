import { expect, test } from "@playwright/test"
import { expectAccessible } from "./axe"

test("the shop opens in Vietnamese on the OCOP catalogue with prices in đồng and star badges", async ({ page }) => {
  await page.goto("/")
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sản phẩm OCOP")
  const cards = page.getByTestId("product-card")
  await expect(cards).toHaveCount(24)
  await expect(page.getByText(/\d+ sản phẩm/)).toContainText(/^3\d\d sản phẩm$/)
  // VND has no minor unit: 125.000 ₫ style, dot as thousands separator
  const prices = await page.locator(".price").allInnerTexts()
  expect(prices.length).toBeGreaterThan(0)
  for (const p of prices) expect(p.replace(/\u00a0/g, " ")).toMatch(/^(Từ )?\d{1,3}(\.\d{3})+ ₫$/)
  await expect(page.locator("[data-stars]").first()).toHaveAttribute("aria-label", /[345] sao OCOP/)
  // images come pre-encoded: AVIF and WebP candidates in the srcset
  const avif = await page.locator('picture source[type="image/avif"]').first().getAttribute("srcset")
  expect(avif).toMatch(/-400\.avif 400w, .*-800\.avif 800w/)
  await expectAccessible(page)
})

test("pages through the catalogue without JavaScript and keeps the page in the URL", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto("/")
  const first = await page.getByTestId("product-card").first().innerText()
  await page.getByRole("link", { name: "›" }).click()
  await expect(page).toHaveURL(/\?trang=2$/)
  await expect(page.getByText(/Trang 2\//)).toBeVisible()
  expect(await page.getByTestId("product-card").first().innerText()).not.toEqual(first)
  await context.close()
})

test("switches to English and back, keeping the page", async ({ page }) => {
  await page.goto("/")
  await page.getByRole("link", { name: "English" }).click()
  await expect(page).toHaveURL(/\/en\/$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Certified OCOP products")
  await expect(page.locator("[data-stars]").first()).toHaveAttribute("aria-label", /[345] star OCOP/)
  await expectAccessible(page)
  await page.getByRole("link", { name: "Tiếng Việt" }).click()
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
})
