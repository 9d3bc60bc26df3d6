import { csvCell, toCsv } from "../ocop-report"

describe("report CSV: formula guard", () => {
  it("leaves negative and signed numbers as numbers", () => {
    expect(csvCell(-12)).toBe("-12")
    expect(csvCell("-12")).toBe("-12")
    expect(csvCell("-3.5")).toBe("-3.5")
    expect(csvCell(-3.5)).toBe("-3.5")
    expect(csvCell("+7")).toBe("+7")
    expect(csvCell(0)).toBe("0")
  })

  it("still neutralises formulas", () => {
    expect(csvCell("=1+1")).toBe("'=1+1")
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)")
    expect(csvCell("+cmd")).toBe("'+cmd")
    expect(csvCell("-1+cmd|' /C calc'!A0")).toBe("'-1+cmd|' /C calc'!A0")
    expect(csvCell("-12-3")).toBe("'-12-3")
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell("\tx")).toBe("'\tx")
  })

  it("writes a sheet with the numbers intact", () => {
    const csv = toCsv([{ a: -12, b: "=x" }], ["a", "b"])
    expect(csv).toBe("\uFEFFa,b\r\n-12,'=x\r\n")
  })
})
