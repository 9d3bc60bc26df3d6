import { z } from "zod"
import { issueSentences } from "../zod-issues"

describe("issueSentences", () => {
  const schema = z.object({ name: z.string(), sizes: z.array(z.object({ price: z.number().min(1000, { error: "must be at least 1.000 ₫" }) })) }).strict()

  it("names each field by its dotted path, a missing one as required, unknown keys by name", () => {
    const r = schema.safeParse({ sizes: [{ price: 5 }], colour: "red" }, { reportInput: true })
    expect(r.success).toBe(false)
    expect(issueSentences(r.error!, { whole: "body" }).sort()).toEqual(
      ["name is required", "sizes.0.price must be at least 1.000 ₫", "unknown field(s): colour"].sort()
    )
  })

  it("tells a missing value without reportInput too, and names the whole when the issue has no path", () => {
    const missing = schema.safeParse({ sizes: [] })
    expect(issueSentences(missing.error!, { whole: "body" })).toEqual(["name is required"])
    const notObject = schema.safeParse(3)
    expect(issueSentences(notObject.error!, { whole: "query", key: "parameter" })[0]).toMatch(/^query /)
  })
})
