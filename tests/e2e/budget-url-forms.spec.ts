import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test"

// Issue #19: a request budget must hold for every URL that reaches the same work.
// Each test spends a budget through the other spellings of its page only — trailing
// slash, doubled slash, an encoded letter or hyphen, the /en prefix, other queries —
// checking on the way that each spelling really reached the page, and then the
// canonical URL must be refused. Before the budgets were keyed on the route, none
// of these spellings was counted.
// npm test trusts the loopback proxy, so X-Forwarded-For names a client of the test's own.
const origin = new URL(process.env.STOREFRONT_URL || "http://localhost:4321").origin
const run = Date.now().toString(36)
// addresses of the shared address space (100.64.0.0/10), used by no other test
const octet = () => Math.floor(Math.random() * 250) + 1
const clientAddress = () => `100.${64 + Math.floor(Math.random() * 60)}.${octet()}.${octet()}`

/** Every spelling of `path` (a path with at least one "a" and one "-") that reaches the same page. */
function spellings(path: string): string[] {
  const tail = path.slice(1)
  return [
    `${path}/`,
    `/${tail}/?utm_source=zalo`,
    `//${tail}`,
    `/${tail.replace("a", "%61")}`,
    `/${tail.replace("-", "%2D")}`,
    `/en${path}`,
    `/en${path}/`,
  ]
}

const send = (request: APIRequestContext, method: "GET" | "POST", url: string, client: string, form?: Record<string, string>) =>
  request.fetch(origin + url, { method, form, headers: { origin, "x-forwarded-for": client }, maxRedirects: 0 })

/** Spends `limit` requests rotating through the spellings; each must have reached the page. */
async function spendThroughSpellings(forms: string[], limit: number, ask: (url: string) => Promise<APIResponse>, reached: (r: APIResponse, url: string) => Promise<boolean>) {
  for (let i = 0; i < limit; i++) {
    const url = forms[i % forms.length]
    const res = await ask(url)
    // only the first round is read: it proves each spelling serves the page, not a 404
    if (i < forms.length) expect([url, await reached(res, url)]).toEqual([url, true])
    else expect([url, res.status()]).not.toEqual([url, 429])
  }
}

async function expectRefused(res: APIResponse) {
  expect(res.status()).toBe(429)
  expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0)
}

test("search: every spelling of the catalogue draws on the one search budget (240 a minute)", async ({ request }) => {
  test.setTimeout(180_000)
  const client = clientAddress()
  const forms = spellings("/san-pham").flatMap((f) => [f, `${f}${f.includes("?") ? "&" : "?"}q=che-${run}`])
  await spendThroughSpellings(forms, 240, (url) => send(request, "GET", url, client), async (r) => r.status() === 200 && /<title>[^<]*(Sản phẩm|Products|che-)/.test(await r.text()))
  await expectRefused(await send(request, "GET", "/san-pham", client))
  await expectRefused(await send(request, "GET", "/api/suggest?q=che", client))
  // another client is not stopped
  expect((await send(request, "GET", "/san-pham", clientAddress())).status()).toBe(200)
})

test("sign-in: every spelling of the account page's sign-in draws on the sign-in budget", async ({ request }) => {
  const client = clientAddress()
  const signIn = (url: string) => send(request, "POST", url, client, { intent: "signin", email: `khong-ai-${run}@ocop.test`, password: "doan-thu" })
  const limit = Number(process.env.OCOP_RATE_SIGNIN || 10)
  // a wrong password answers 401 on the account page: the spelling reached the sign-in
  await spendThroughSpellings(spellings("/tai-khoan"), limit, signIn, async (r) => r.status() === 401)
  await expectRefused(await signIn("/tai-khoan"))
})

test("stamp lookups: every spelling of a trace page draws on the lookup budget", async ({ request }) => {
  const client = clientAddress()
  const serial = `KHONGCO${run}`.toUpperCase()
  const forms = spellings("/truy-xuat").map((f) => f.replace(/\/?(\?.*)?$/, (_, q) => `/${serial}${q ?? ""}`))
  // an unknown code answers 404 with the trace page's report form: the spelling reached the trace page
  await spendThroughSpellings(forms, 60, (url) => send(request, "GET", url, client), async (r) => r.status() === 404 && (await r.text()).includes(serial))
  await expectRefused(await send(request, "GET", `/truy-xuat/${serial}`, client))
})

test("stamp reports: every spelling of the report form's address draws on the report budget", async ({ request }) => {
  const client = clientAddress()
  // an empty report is refused by the form (400) without reaching the backend, but it is counted
  const report = (url: string) => send(request, "POST", url, client, { serial: "" })
  await spendThroughSpellings(spellings("/truy-xuat"), 5, report, async (r) => r.status() !== 404 && r.status() !== 429)
  await expectRefused(await report("/truy-xuat"))
})
