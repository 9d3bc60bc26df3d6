// What a newcomer sees of `npm start`'s children (scripts/lib/proc.mjs showLine):
// each line labelled with its service, Medusa's per-event and per-migration lines
// hidden unless --verbose or LOG_LEVEL=info, the catalogue loader's "[progress]"
// lines folded into a few counts. Run by `npm test` (node --test).
import assert from "node:assert/strict"
import { test } from "node:test"
import { showLine } from "./proc.mjs"

/** Collects what showLine writes, to its stream and to stdout (where progress goes). */
function capture(fn) {
  const lines = []
  const stream = { write: (s) => lines.push(...s.split("\n").filter(Boolean)) }
  const write = process.stdout.write
  process.stdout.write = (s) => (lines.push(...String(s).split("\n").filter(Boolean)), true)
  try {
    fn(stream)
  } finally {
    process.stdout.write = write
  }
  return lines
}

function withLogLevel(level, fn) {
  const before = process.env.LOG_LEVEL
  if (level === undefined) delete process.env.LOG_LEVEL
  else process.env.LOG_LEVEL = level
  try {
    return fn()
  } finally {
    if (before === undefined) delete process.env.LOG_LEVEL
    else process.env.LOG_LEVEL = before
  }
}

const EVENT = "info:    Processing product.created which has 3 subscribers"
const MIGRATION = "info:      ✔ Migrated Migration20261123142537"

test("labels every line with its service and hides Medusa's per-event and per-migration lines", () => {
  const out = withLogLevel(undefined, () =>
    capture((stream) => {
      showLine("backend", EVENT, stream)
      showLine("migrate", MIGRATION, stream)
      showLine("backend", "\x1b[32mwarn\x1b[39m: Redis is not configured", stream)
    })
  )
  assert.deepEqual(out, ["[backend] warn: Redis is not configured"])
})

test("shows them again with LOG_LEVEL=info (or npm start -- --verbose)", () => {
  const out = withLogLevel("info", () => capture((stream) => showLine("backend", EVENT, stream)))
  assert.deepEqual(out, [`[backend] ${EVENT}`])
})

test("folds the loader's progress lines into a few counts, ending with the total", () => {
  const out = withLogLevel(undefined, () =>
    capture((stream) => {
      for (let i = 1; i <= 385; i++) showLine("seed", `[progress] products loaded ${i}/385`, stream)
    })
  )
  // not a TTY here: printed about every 10 %, never once per product
  assert.ok(out.length >= 2 && out.length <= 12, `${out.length} lines: ${out.join(" | ")}`)
  assert.equal(out.at(-1), "[seed] products loaded: 385/385")
  assert.ok(out.every((l) => l.startsWith("[seed] products loaded: ")))
})
