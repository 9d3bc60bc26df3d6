import { describe, expect, it } from "vitest"
import { routeKey } from "./route-key"

describe("one key per page whatever the spelling", () => {
  it.each([
    ["/san-pham", "/san-pham"],
    ["/san-pham/", "/san-pham"],
    ["/SAN-Pham", "/san-pham"],
    ["/en/san-pham", "/san-pham"],
    ["/En/san-pham/", "/san-pham"],
    ["/s%61n-pham", "/san-pham"],
    ["/s%2561n-pham", "/san-pham"],
    ["//san-pham", "/san-pham"],
    ["/a/../san-pham", "/san-pham"],
    ["/", "/"],
    ["/en", "/"],
    ["/en/", "/"],
    ["/english", "/english"],
    ["/truy-xuat/TN-2026-0001", "/truy-xuat/tn-2026-0001"],
  ])("%s → %s", (path, key) => expect(routeKey(path)).toBe(key))
})
