import { expect, test, type Page } from "@playwright/test"
import { expectAccessible } from "./axe"
import { BACKEND, expectNoEnglish, expectNoHorizontalScroll, expectTouchTargets, inviteMember, joinWithPassword, PHONE, staffToken } from "./portal-helpers"

// A producer asks for trace stamps on a phone (with or without JavaScript): a wrong lot
// number is named beside its field in Vietnamese with nothing typed lost, the
// request waits for staff, staff issue it, and the page says so. The English
// page shows the same batch.

const PRODUCER = "HTX Nông nghiệp Tài Hoan"
// seeded with a verified certificate in date (the trace spec issues stamps for it too)
const PRODUCT = "Miến dong Tài Hoan"
const RUN = Date.now().toString(36)
const LOT = `L${RUN}`.toUpperCase()

async function phonePage(page: Page) {
  await expectAccessible(page)
  await expectNoEnglish(page)
  await expectNoHorizontalScroll(page)
  await expectTouchTargets(page)
}

async function decide(token: string, batchId: string, action: "issue" | "decline") {
  const res = await fetch(`${BACKEND}/admin/ocop/stamp-batches/${batchId}/decision`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ action }),
  })
  expect(res.status, await res.clone().text()).toBe(200)
}

test("a producer on a phone asks for stamps with a lot, fixes a wrong lot, and sees staff issue them", async ({ browser }) => {
  test.setTimeout(180_000)
  const staff = await staffToken()
  const email = `tem-${RUN}@taihoan.test`
  const invite = await inviteMember(staff, PRODUCER, email)
  const context = await browser.newContext({ locale: "vi-VN", viewport: PHONE, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  await page.goto(invite)
  await joinWithPassword(page, "tem-truy-xuat-2026", PRODUCER)

  // from the dashboard to the stamps page: who does what, and the request form
  await page.getByTestId("stamps-link").click()
  await expect(page).toHaveURL(/\/kenh-nguoi-ban\/tem$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tem truy xuất")
  await expect(page.getByText(/cán bộ OCOP duyệt, phát hành và in tem/)).toBeVisible()
  await expect(page.getByRole("navigation", { name: "Kênh người bán" }).getByRole("link", { name: "Tem" })).toHaveAttribute("aria-current", "page")
  await phonePage(page)

  // a lot with an accent and a space: named beside the lot, in Vietnamese, nothing typed is lost
  const form = page.getByTestId("stamp-form")
  await form.getByLabel("Sản phẩm").selectOption({ label: PRODUCT })
  await form.getByLabel("Số tem").fill("20")
  await form.getByLabel(/^Số lô/).fill("LÔ 5")
  await form.getByLabel(/^Ngày sản xuất/).fill("2026-11-20")
  await form.getByLabel(/^Hạn sử dụng/).fill("2027-11-20")
  await form.getByLabel(/^Ghi chú cho cán bộ/).fill("Lô miến dong vụ đông")
  await form.getByRole("button", { name: "Gửi yêu cầu xin tem" }).click()
  await expect(page.getByTestId("stamp-errors")).toContainText("Chưa gửi được")
  const lot = form.getByLabel(/^Số lô/)
  await expect(lot).toHaveAttribute("aria-invalid", "true")
  await expect(page.locator("#lot-error")).toHaveText(/^Số lô chỉ gồm chữ không dấu, chữ số và dấu - \. \//)
  await expect(lot).toHaveValue("LÔ 5")
  await expect(form.getByLabel("Sản phẩm").locator("option:checked")).toHaveText(PRODUCT)
  await expect(form.getByLabel("Số tem")).toHaveValue("20")
  await expect(form.getByLabel(/^Ngày sản xuất/)).toHaveValue("2026-11-20")
  await expect(form.getByLabel(/^Hạn sử dụng/)).toHaveValue("2027-11-20")
  await expect(form.getByLabel(/^Ghi chú cho cán bộ/)).toHaveValue("Lô miến dong vụ đông")
  await phonePage(page)

  // the fixed request waits for staff (post–redirect–get: a reload sends nothing twice)
  await lot.fill(LOT)
  await form.getByRole("button", { name: "Gửi yêu cầu xin tem" }).click()
  await expect(page).toHaveURL(/\?requested=/)
  await expect(page.getByTestId("stamps-requested")).toContainText(`Đã gửi yêu cầu 20 tem cho “${PRODUCT}”`)
  const batchId = new URL(page.url()).searchParams.get("requested")!
  const card = page.locator(`[data-testid=stamp-batch][data-lot="${LOT}"]`)
  await expect(card).toHaveCount(1)
  await expect(card.getByRole("heading")).toHaveText(PRODUCT)
  await expect(card.getByTestId("batch-status")).toContainText("Chờ cán bộ duyệt")
  await expect(card.getByTestId("batch-quantity")).toHaveText("20")
  await expect(card.getByTestId("batch-lot")).toHaveText(LOT)
  await expect(card.getByTestId("batch-produced-on")).toHaveText("20/11/2026")
  await expect(card.getByTestId("batch-best-before")).toHaveText("20/11/2027")
  await expect(card).toContainText("Lô miến dong vụ đông")
  await phonePage(page)
  await page.reload()
  await expect(page.locator(`[data-testid=stamp-batch][data-lot="${LOT}"]`)).toHaveCount(1)

  // staff issue the batch; the producer's page says so
  await decide(staff, batchId, "issue")
  await page.getByRole("navigation", { name: "Kênh người bán" }).getByRole("link", { name: "Tem" }).click()
  await expect(card.getByTestId("batch-status")).toContainText("Đã phát hành")
  await expect(card).toHaveAttribute("data-status", "issued")
  await phonePage(page)

  // without JavaScript the form works the same: plain HTML, post–redirect–get
  const noJs = await (await browser.newContext({ locale: "vi-VN", viewport: PHONE, javaScriptEnabled: false, storageState: await context.storageState() })).newPage()
  await noJs.goto("/kenh-nguoi-ban/tem")
  const plain = noJs.getByTestId("stamp-form")
  await plain.getByLabel("Sản phẩm").selectOption({ label: PRODUCT })
  await plain.getByLabel("Số tem").fill("1.000")
  await plain.getByLabel(/^Số lô/).fill(`${LOT}-B`)
  await plain.getByRole("button", { name: "Gửi yêu cầu xin tem" }).click()
  await expect(noJs.getByTestId("stamps-requested")).toContainText(`Đã gửi yêu cầu 1.000 tem cho “${PRODUCT}”`)
  await expect(noJs.locator(`[data-testid=stamp-batch][data-lot="${LOT}-B"]`).getByTestId("batch-status")).toContainText("Chờ cán bộ duyệt")

  // the English page shows the same batch in English
  await page.goto("/en/kenh-nguoi-ban/tem")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trace stamps")
  await expect(card.getByTestId("batch-status")).toContainText("Issued")
  await expect(page.getByTestId("stamp-form").getByLabel("Product", { exact: true })).toBeVisible()
  await expect(page.getByRole("button", { name: "Send the stamp request" })).toBeVisible()
  await expectAccessible(page)
  await expectNoHorizontalScroll(page)
  await expectTouchTargets(page)
})
