import { expect, test } from "@playwright/test"

// accounts of their own each run: the backend remembers failed sign-ins for 15 minutes (in Redis, across runs)
const run = Date.now().toString(36)

test("every page is served with security headers and a script policy, and nothing on it breaks that policy", async ({ page }) => {
  const violations: string[] = []
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text())
  })
  for (const path of ["/", "/san-pham", "/san-pham/mien-dong-tai-hoan", "/diem-ban", "/hoi-cho/festival-ocop-viet-nam/in"]) {
    const res = await page.goto(path)
    const h = res!.headers()
    expect([path, h["x-content-type-options"], h["referrer-policy"]]).toEqual([path, "nosniff", "strict-origin-when-cross-origin"])
    const policy = h["content-security-policy"]
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toMatch(/script-src 'self'[^;]* 'sha256-/) // Astro's hashes of the scripts it renders
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/)
  }
  // the interactive parts still work under the policy: suggestions and the map
  await page.goto("/san-pham")
  await page.getByRole("combobox", { name: "Tìm sản phẩm" }).pressSequentially("nuoc ma", { delay: 30 })
  await expect(page.getByRole("listbox", { name: "Gợi ý" }).getByRole("option").first()).toBeVisible()
  await page.goto("/diem-ban")
  await page.getByTestId("sales-point-map").scrollIntoViewIfNeeded()
  await expect(page.getByTestId("sales-point-map").locator("path.leaflet-interactive").first()).toBeVisible()
  expect(violations).toEqual([])
})

test("an injected script in the URL never runs", async ({ page }) => {
  let ran = false
  await page.exposeFunction("pwned", () => (ran = true))
  await page.goto(`/san-pham?q=${encodeURIComponent('"><script>window.pwned()</script><img src=x onerror="window.pwned()">')}`)
  await expect(page.getByRole("searchbox").or(page.getByRole("combobox")).first()).toHaveValue(/<script>/)
  await page.waitForTimeout(300)
  expect(ran).toBe(false)
})

test("guessing passwords is slowed down: sign-in answers 429 once the budget is spent", async ({ request }) => {
  const origin = new URL(process.env.STOREFRONT_URL || "http://localhost:4321").origin
  let status = 0
  for (let i = 0; i < 15 && status !== 429; i++) {
    const res = await request.post("/tai-khoan", {
      form: { intent: "signin", email: `ai-do-${run}@ocop.test`, password: `doan-${i}` },
      headers: { origin },
      maxRedirects: 0,
    })
    status = res.status()
    if (status === 429) {
      expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0)
      expect(await res.text()).toContain("Vui lòng đợi")
    } else expect(status).toBe(401)
  }
  expect(status).toBe(429)
})

test("producer sign-ins: a budget per client (the forwarded address behind a trusted proxy), and the backend locks the guessed account", async ({ request }) => {
  const origin = new URL(process.env.STOREFRONT_URL || "http://localhost:4321").origin
  // npm test trusts the loopback proxy, so X-Forwarded-For names the client
  const guess = (client: string, i: number) =>
    request.post("/kenh-nguoi-ban", {
      form: { intent: "signin", email: `nguoi-ban-${run}@ocop.test`, password: `doan-${i}` },
      headers: { origin, "x-forwarded-for": client },
      maxRedirects: 0,
    })
  const guesser = `198.51.100.${Math.floor(Math.random() * 200) + 20}`
  for (let i = 0; i < 10; i++) expect((await guess(guesser, i)).status()).toBe(401)
  const refused = await guess(guesser, 10)
  expect(refused.status()).toBe(429)
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0)
  expect(await refused.text()).toContain("Vui lòng đợi")
  // someone else behind the same proxy is not stopped by that budget, but the backend has
  // counted ten failures for this account and now refuses it, whoever asks — the page says so
  const other = await guess("203.0.113.9", 11)
  expect(other.status()).toBe(429)
  const page = await other.text()
  expect(page).toContain("đã nhập sai mật khẩu quá nhiều lần")
  expect(page).not.toContain("Vui lòng đợi")
  // and a different account from that client gets the ordinary answer
  const fresh = await request.post("/kenh-nguoi-ban", {
    form: { intent: "signin", email: `nguoi-ban-khac-${run}@ocop.test`, password: "doan" },
    headers: { origin, "x-forwarded-for": "203.0.113.9" },
    maxRedirects: 0,
  })
  expect(fresh.status()).toBe(401)
})
