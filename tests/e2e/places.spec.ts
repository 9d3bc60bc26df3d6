import { expect, test } from "@playwright/test"
import { expectAccessible } from "./axe"

// Map tiles come from the internet; the list must be complete without them.
test.beforeEach(async ({ page }) => {
  await page.route("https://tile.openstreetmap.org/**", (route) => route.abort())
})

test("sales points: a complete list beside a map with one marker per point, filterable by province and type", async ({ page }) => {
  await page.goto("/diem-ban")
  const items = page.getByTestId("sales-point")
  const count = await items.count()
  expect(count).toBeGreaterThanOrEqual(30)
  const map = page.getByTestId("sales-point-map")
  await map.scrollIntoViewIfNeeded()
  await expect(map.locator("path.leaflet-interactive")).toHaveCount(count)
  await expect(page.getByText("Bản đồ không tải được; danh sách vẫn đầy đủ.")).toBeVisible()
  await expectAccessible(page)

  await page.getByLabel("Tỉnh, thành phố").selectOption("ha-noi")
  await page.getByRole("button", { name: "Lọc", exact: true }).click()
  await expect(page).toHaveURL(/province=ha-noi/)
  const provinces = await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-province")))
  expect(provinces.length).toBeGreaterThan(1)
  expect(new Set(provinces)).toEqual(new Set(["ha-noi"]))
  await expect(map.locator("path.leaflet-interactive")).toHaveCount(provinces.length)

  await page.getByLabel("Loại điểm bán").selectOption("centre")
  await page.getByRole("button", { name: "Lọc", exact: true }).click()
  const types = await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-type")))
  expect(types.length).toBeGreaterThan(0)
  expect(new Set(types)).toEqual(new Set(["centre"]))
})

test.describe("near me", () => {
  test.use({ geolocation: { latitude: 10.7769, longitude: 106.7009 }, permissions: ["geolocation"] })

  test("lists the nearest sales points first from the browser's location, and opens one with its products", async ({ page }) => {
    await page.goto("/diem-ban")
    await page.getByRole("button", { name: "Gần tôi" }).click()
    await expect(page).toHaveURL(/lat=10\.7769&lng=106\.7009/)
    await expect(page.getByText("Xếp theo khoảng cách từ vị trí của bạn")).toBeVisible()
    const distances = await page.getByTestId("sales-point").evaluateAll((els) => els.map((e) => e.querySelector(".muted")!.textContent!))
    const km = distances.map((d) => Number(/Cách ([\d.,]+) km/.exec(d)![1].replace(/\./g, "").replace(",", ".")))
    expect(km).toEqual([...km].sort((a, b) => a - b))
    expect(km[0]).toBeLessThan(20) // a point in Ho Chi Minh City comes first
    await page.getByTestId("sales-point").first().getByRole("link").click()
    await expect(page).toHaveURL(/\/diem-ban\/[a-z0-9-]+$/)
    await expect(page.getByRole("heading", { name: /^Sản phẩm có bán \(\d+\)$/ })).toBeVisible()
    await expect(page.getByTestId("product-card").first()).toBeVisible()
    await expectAccessible(page)
  })
})

test("a refused location filter is explained and the whole list still shows", async ({ page }) => {
  const res = await page.goto("/diem-ban?lat=48.85&lng=2.35")
  expect(res?.status()).toBe(400)
  await expect(page.getByRole("alert")).toContainText("inside Vietnam")
  expect(await page.getByTestId("sales-point").count()).toBeGreaterThanOrEqual(30)
})

test("fairs: running, upcoming and past; a fair's catalogue by booth; an A4 print version", async ({ page }) => {
  await page.goto("/hoi-cho")
  await expect(page.getByRole("heading", { name: "Sắp diễn ra", level: 2 })).toBeVisible()
  await expect(page.getByRole("heading", { name: "Đã diễn ra", level: 2 })).toBeVisible()
  await expect(page.getByTestId("fairs-past").getByTestId("fair-card").first()).toBeVisible()
  await expectAccessible(page)

  await page.getByRole("link", { name: "Festival OCOP Việt Nam" }).click()
  await expect(page).toHaveURL(/\/hoi-cho\/festival-ocop-viet-nam$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Festival OCOP Việt Nam")
  const booths = await page.getByTestId("exhibitor").evaluateAll((els) => els.map((e) => e.getAttribute("data-booth")))
  expect(booths.length).toBeGreaterThan(5)
  expect(booths).toEqual([...booths].sort())
  await expect(page.getByTestId("exhibitor").first().getByRole("listitem").first()).toContainText("₫")
  await expect(page.getByTestId("sales-point-map").locator("path.leaflet-interactive")).toHaveCount(1)
  await expectAccessible(page)

  await page.getByRole("link", { name: "In danh mục (A4)" }).click()
  await expect(page).toHaveURL(/\/hoi-cho\/festival-ocop-viet-nam\/in$/)
  await expect(page.getByTestId("exhibitor")).toHaveCount(booths.length)
  await page.emulateMedia({ media: "print" })
  await expect(page.getByRole("button", { name: "In hoặc lưu PDF" })).toBeHidden()
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1")
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))])
  expect(boxes.length).toBeGreaterThan(0)
  for (const box of boxes) expect(box).toEqual([595, 842]) // A4 in points
})

test("the English pages speak English with the same data", async ({ page }) => {
  await page.goto("/en/diem-ban?type=centre")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("OCOP sales points")
  await expect(page.getByTestId("sales-point").first()).toContainText("OCOP centre")
  await page.goto("/en/hoi-cho/festival-ocop-viet-nam")
  await expect(page.getByRole("heading", { name: /^Exhibitors and products/ })).toBeVisible()
  await page.getByRole("link", { name: "Tiếng Việt" }).click()
  await expect(page).toHaveURL(/\/hoi-cho\/festival-ocop-viet-nam$/)
  await expectAccessible(page)
})
