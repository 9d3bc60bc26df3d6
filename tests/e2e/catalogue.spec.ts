import { expect, test } from "@playwright/test"
import { expectAccessible } from "./axe"

const priceText = /^\d{1,3}(\.\d{3})+ ₫$/

test("the shop opens in Vietnamese on the OCOP catalogue with prices in đồng and star badges", async ({ page }) => {
  await page.goto("/san-pham")
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sản phẩm")
  await expect(page.getByTestId("product-card")).toHaveCount(24)
  await expect(page.locator("#results-heading")).toHaveText(/^3\d\d sản phẩm$/)
  const prices = await page.locator(".price").allInnerTexts()
  expect(prices).toHaveLength(24)
  for (const p of prices) expect(p.replace(/\u00a0/g, " ")).toMatch(priceText)
  // without a query the best-rated come first
  await expect(page.locator("[data-stars]").first()).toHaveAttribute("aria-label", "5 sao OCOP")
  // images come pre-encoded: AVIF and WebP candidates in the srcset
  const avif = await page.locator('picture source[type="image/avif"]').first().getAttribute("srcset")
  expect(avif).toMatch(/-400\.avif 400w, .*-800\.avif 800w/)
  await expectAccessible(page)
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("filters by group and stars through the form, keeps the state in the URL, and removes a filter by its chip", async ({ page }) => {
    await page.goto("/san-pham")
    await page.getByRole("checkbox", { name: /^Thực phẩm \(\d+\)$/ }).check()
    await page.getByRole("radio", { name: /^5★ \(\d+\)$/ }).check()
    await page.getByRole("button", { name: "Lọc" }).click()
    await expect(page).toHaveURL(/group=food/)
    await expect(page).toHaveURL(/stars_min=5/)
    const stars = await page.locator("[data-stars]").evaluateAll((els) => els.map((e) => e.getAttribute("data-stars")))
    expect(stars.length).toBeGreaterThan(0)
    expect(new Set(stars)).toEqual(new Set(["5"]))
    const filtered = await page.locator("#results-heading").innerText()
    await page.getByRole("link", { name: "Bỏ lọc 5★" }).click()
    await expect(page).not.toHaveURL(/stars_min/)
    await expect(page).toHaveURL(/group=food/)
    expect(Number.parseInt(await page.locator("#results-heading").innerText())).toBeGreaterThan(Number.parseInt(filtered))
    await page.goBack()
    await expect(page.locator("#results-heading")).toHaveText(filtered)
  })

  test("finds products typed without diacritics and pages through results", async ({ page }) => {
    await page.goto("/san-pham")
    await page.getByRole("searchbox", { name: "Tìm sản phẩm" }).fill("nuoc mam")
    await page.getByRole("button", { name: "Lọc" }).click()
    await expect(page).toHaveURL(/q=nuoc\+mam/)
    await expect(page.locator(".card__title").first()).toHaveText(/^Nước mắm/)
    await page.goto("/san-pham")
    const first = await page.getByTestId("product-card").first().innerText()
    await page.getByRole("link", { name: "Trang sau" }).click()
    await expect(page).toHaveURL(/page=2/)
    await expect(page.getByText(/Trang 2\//)).toBeVisible()
    expect(await page.getByTestId("product-card").first().innerText()).not.toEqual(first)
  })

  test("explains a search it cannot understand instead of failing", async ({ page }) => {
    const res = await page.goto("/san-pham?stars_min=9")
    expect(res?.status()).toBe(400)
    await expect(page.getByRole("alert")).toContainText("stars_min")
    await expect(page.getByTestId("product-card").first()).toBeVisible()
  })
})

test("switches to English and back, keeping the page", async ({ page }) => {
  await page.goto("/san-pham?group=tourism")
  await page.getByRole("link", { name: "English" }).click()
  await expect(page).toHaveURL(/\/en\/san-pham\?group=tourism$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Products")
  await expect(page.getByRole("checkbox", { name: /^Community and eco-tourism services/ })).toBeChecked()
  await expect(page.getByRole("link", { name: /^Remove filter Community/ })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole("link", { name: "Tiếng Việt" }).click()
  await expect(page).toHaveURL(/\/san-pham\?group=tourism$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
})

test("suggests products while typing and opens the chosen one from the keyboard", async ({ page }) => {
  await page.goto("/san-pham")
  const box = page.getByRole("combobox", { name: "Tìm sản phẩm" })
  await box.pressSequentially("nuoc ma", { delay: 30 })
  const options = page.getByRole("listbox", { name: "Gợi ý" }).getByRole("option")
  await expect(options.first()).toBeVisible()
  const titles = await options.locator("a").evaluateAll((as) => as.map((a) => a.firstChild?.textContent?.trim()))
  expect(titles.length).toBeGreaterThan(0)
  for (const t of titles) expect(t).toMatch(/^Nước mắm/)
  await box.press("ArrowDown")
  await expect(box).toHaveAttribute("aria-activedescendant", "suggestion-0")
  await box.press("Enter")
  await expect(page).toHaveURL(/\/san-pham\/nuoc-mam-/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles[0]!)
})

test.describe("filters without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("narrows by subgroup and price range, each with its own chip", async ({ page }) => {
    // tea is a product set of group 1 "Thực phẩm" (Decision 148/QĐ-TTg, Annex)
    await page.goto("/san-pham?group=food")
    const tea = page.getByRole("checkbox", { name: /^Chè và sản phẩm từ chè \(\d+\)$/ })
    await tea.check()
    await page.getByRole("spinbutton", { name: "Giá đến" }).fill("150000")
    await page.getByRole("button", { name: "Lọc" }).click()
    await expect(page).toHaveURL(/subgroup=tea/)
    await expect(page).toHaveURL(/price_max=150000/)
    const prices = (await page.locator(".card .price").allInnerTexts()).map((p) => Number(p.replace(/\D/g, "")))
    expect(prices.length).toBeGreaterThan(0)
    for (const p of prices) expect(p).toBeLessThanOrEqual(150000)
    await expect(page.getByRole("link", { name: /^Bỏ lọc ≤ 150\.000\s₫$/ })).toBeVisible()
    await expect(page.getByRole("link", { name: "Bỏ lọc Chè và sản phẩm từ chè" })).toBeVisible()
  })
})
