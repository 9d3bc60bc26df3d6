import { describe, expect, it } from "vitest"
import { BUDGETS, budgetFor, needsIntent } from "./rate-limit"

describe("which requests draw on a budget", () => {
  it("counts customer and producer sign-ins apart, in both languages", () => {
    expect(budgetFor("POST", "/tai-khoan")).toBe(BUDGETS.signIn)
    expect(budgetFor("POST", "/en/tai-khoan")).toBe(BUDGETS.signIn)
    expect(budgetFor("POST", "/kenh-nguoi-ban", "signin")).toBe(BUDGETS.portalSignIn)
    expect(budgetFor("POST", "/en/kenh-nguoi-ban/san-pham", "signin")).toBe(BUDGETS.portalSignIn)
    expect(budgetFor("POST", "/kenh-nguoi-ban/loi-moi")).toBe(BUDGETS.portalSignIn)
    expect(budgetFor("POST", "/kenh-nguoi-ban/quen-mat-khau")).toBe(BUDGETS.portalSignIn)
    expect(budgetFor("POST", "/en/kenh-nguoi-ban/dat-lai-mat-khau")).toBe(BUDGETS.portalSignIn)
    expect(budgetFor("GET", "/kenh-nguoi-ban/dat-lai-mat-khau")).toBeNull()
  })

  it("leaves a signed-in producer's other forms alone", () => {
    expect(needsIntent("POST", "/kenh-nguoi-ban/don-hang")).toBe(true)
    expect(budgetFor("POST", "/kenh-nguoi-ban/don-hang", "ship")).toBeNull()
    expect(budgetFor("POST", "/kenh-nguoi-ban", "signout")).toBeNull()
    expect(needsIntent("GET", "/kenh-nguoi-ban")).toBe(false)
    expect(needsIntent("POST", "/tai-khoan")).toBe(false)
  })

  it("budgets checkout posts and searches, not page views", () => {
    expect(budgetFor("POST", "/thanh-toan")).toBe(BUDGETS.checkout)
    expect(budgetFor("GET", "/thanh-toan")).toBeNull()
    expect(budgetFor("GET", "/san-pham")).toBe(BUDGETS.search)
    expect(budgetFor("GET", "/api/suggest")).toBe(BUDGETS.search)
    expect(budgetFor("GET", "/san-pham/mien-dong-tai-hoan")).toBeNull()
    expect(budgetFor("GET", "/")).toBeNull()
  })

  it("budgets stamp lookups (the trace page and the Digital Link) and stamp reports, not the check form", () => {
    expect(budgetFor("GET", "/truy-xuat/K7M2QH9VX4T")).toBe(BUDGETS.trace)
    expect(budgetFor("GET", "/en/truy-xuat/TN-2026-0001")).toBe(BUDGETS.trace)
    expect(budgetFor("GET", "/01/08934567890128/10/L2026-05/21/K7M2QH9VX4T")).toBe(BUDGETS.trace)
    expect(budgetFor("POST", "/truy-xuat")).toBe(BUDGETS.traceReport)
    expect(budgetFor("POST", "/en/truy-xuat")).toBe(BUDGETS.traceReport)
    expect(budgetFor("GET", "/truy-xuat")).toBeNull()
  })
})

// Every spelling of a URL that reaches a budgeted page draws on its budget: a budget
// matched on one spelling is bypassed by the others (issue #19).
describe("every URL form of a budgeted page draws on its budget", () => {
  const forms = (path: string) => [
    path,
    `${path}/`,
    `${path}//`,
    path.toUpperCase(),
    `/en${path}`,
    `/EN${path}/`,
    `/${path.slice(1).replace(/a/, "%61")}`, // an encoded letter
    `/${path.slice(1).replace(/a/, "%2561")}`, // encoded twice
    `/${path.slice(1).replace(/-/, "%2D")}`,
    `//${path.slice(1)}`,
    `/./${path.slice(1)}`,
    `/x/..${path}`,
  ]

  it.each(forms("/san-pham"))("search: GET %s", (form) => {
    expect(budgetFor("GET", form)).toBe(BUDGETS.search)
    expect(budgetFor("HEAD", form)).toBe(BUDGETS.search)
    expect(budgetFor("get", form)).toBe(BUDGETS.search)
  })

  it.each(forms("/tai-khoan"))("sign-in: POST %s", (form) => {
    expect(budgetFor("POST", form)).toBe(BUDGETS.signIn)
    expect(budgetFor("post", form)).toBe(BUDGETS.signIn)
  })

  it.each(forms("/thanh-toan"))("checkout: POST %s", (form) => {
    expect(budgetFor("POST", form)).toBe(BUDGETS.checkout)
  })

  it.each(forms("/truy-xuat"))("stamp reports: POST %s; lookups below it", (form) => {
    expect(budgetFor("POST", form)).toBe(BUDGETS.traceReport)
    expect(budgetFor("GET", `${form.replace(/\/+$/, "")}/K7M2QH9VX4T`)).toBe(BUDGETS.trace)
  })

  it.each(forms("/kenh-nguoi-ban/loi-moi"))("portal secrets: POST %s", (form) => {
    expect(needsIntent("POST", form)).toBe(true)
    expect(budgetFor("POST", form)).toBe(BUDGETS.portalSignIn)
  })

  it("still leaves other pages alone", () => {
    expect(budgetFor("GET", "/san-pham/mien-dong-tai-hoan/")).toBeNull()
    expect(budgetFor("GET", "/SAN-PHAM-KHAC")).toBeNull()
    expect(budgetFor("GET", "/en")).toBeNull()
    expect(budgetFor("GET", "/%E0%A4%A")).toBeNull() // not valid percent-encoding: kept as it was
  })
})
