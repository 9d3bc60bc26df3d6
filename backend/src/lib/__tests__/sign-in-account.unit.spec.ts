import { signInAccount } from "../security/sign-in-account"

// Every way of writing one sign-in is the same account for the lock (issue #19)
describe("the account a sign-in guesses at", () => {
  const account = "emailpass:a@htx-a.test"

  it.each([
    ["emailpass", "a@htx-a.test"],
    ["EMAILPASS", "a@htx-a.test"],
    ["emailp%61ss", "a@htx-a.test"],
    [" emailpass", " A@HTX-A.test "],
  ])("provider %s, e-mail %s", (provider, email) => expect(signInAccount(provider, email)).toBe(account))

  it("names no account without an e-mail", () => {
    expect(signInAccount("emailpass", undefined)).toBeNull()
    expect(signInAccount("emailpass", "  ")).toBeNull()
    expect(signInAccount("emailpass", ["a@htx-a.test"])).toBeNull()
    expect(signInAccount(undefined, "a@htx-a.test")).toBeNull()
  })
})
