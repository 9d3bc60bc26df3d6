// The backend and storefront run detached (their own process groups, so stop()
// ends their whole tree). When the node of `npm start` is killed outright (kill -9,
// the OOM killer) they keep running unsupervised and hold their ports. Each start
// records their groups; the next start on the same port stops what it finds orphaned.
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { processAlive as alive, ROOT } from "./proc.mjs"

const file = (port) => join(ROOT, ".data", "run", `serve-${port}.json`)

/** Remembers which process groups this start runs (call again after each restart). */
export function recordServices(port, services) {
  mkdirSync(join(ROOT, ".data", "run"), { recursive: true })
  const groups = services.map((s) => ({ name: s.name, pgid: s.pid() })).filter((g) => g.pgid)
  writeFileSync(file(port), JSON.stringify({ parent: process.pid, groups }) + "\n")
}

/** Stops the services of an earlier start on this port whose node is gone. */
export async function stopLeftovers(port) {
  let record
  try {
    record = JSON.parse(readFileSync(file(port), "utf8"))
  } catch {
    return
  }
  if (alive(record.parent)) return // that start still runs: the port check says so
  const orphans = record.groups.filter((g) => groupAlive(g.pgid) && ours(g.pgid))
  for (const g of orphans) {
    console.log(`[start] stopping the ${g.name} left running by an earlier start whose node was killed (process group ${g.pgid})`)
    signalGroup(g.pgid, "SIGTERM")
  }
  const until = Date.now() + 10000
  while (orphans.some((g) => groupAlive(g.pgid)) && Date.now() < until) await new Promise((r) => setTimeout(r, 250))
  for (const g of orphans) if (groupAlive(g.pgid)) signalGroup(g.pgid, "SIGKILL")
  rmSync(file(port), { force: true })
}

const groupAlive = (pgid) => alive(-pgid)

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal)
  } catch {}
}

// a recorded group id could in theory name someone else's group by now: only
// touch it if one of its processes works in this checkout (Linux; elsewhere trust it)
function ours(pgid) {
  if (!existsSync("/proc/self/stat")) return true
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
      const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2])
      if (pgrp === pgid && (readlinkSync(`/proc/${pid}/cwd`) + "/").startsWith(ROOT + "/")) return true
    } catch {}
  }
  return false
}
