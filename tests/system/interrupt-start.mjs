// Ctrl+C during `npm start` stops everything it started, whatever it was doing.
//
// checkInterruptedStart({ root, ports, dataDir, databaseUrl, log }) starts
// `node scripts/main.mjs start` on ports of its own and sends SIGINT (to that process
// alone, the hard case: a terminal's Ctrl+C also reaches its process group) at:
//   1. "migrations": on a new embedded Postgres in `dataDir` (created here, removed after),
//      a few seconds into step [3/6]
//   2. "seeding": 3 s into step [4/6]
//   3. "waiting for the servers": 15 s into step [6/6] (medusa develop still starting)
// Moments 2 and 3 run on `databaseUrl` (a database already migrated and seeded, e.g. a copy
// of the test run's ocop_e2e: then seeding adds nothing and the start reaches the servers in
// about a minute). Without it they run on the new embedded Postgres of moment 1 (`seeding`
// is then interrupted while the first products load, after the migrations) and moment 3
// is skipped — loading the whole catalogue takes minutes.
// After each SIGINT: the process exits within 60 s, the backend, storefront and database
// ports are free, the process groups it recorded are gone, and no postgres serves dataDir.
// Returns { problems: string[], summary }.
import { spawn } from "node:child_process"
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { portFree, processAlive as alive } from "../../scripts/lib/proc.mjs"

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

// pids of postgres processes working in dataDir (Linux: /proc; elsewhere postmaster.pid)
function postgresOn(dataDir) {
  if (!existsSync(dataDir)) return []
  const real = realpathSync(dataDir)
  if (!existsSync("/proc/self")) {
    try {
      const pid = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0])
      return pid && alive(pid) ? [pid] : []
    } catch {
      return []
    }
  }
  const found = []
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const argv0 = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0]
      if (/postgres$/.test(argv0) && readlinkSync(`/proc/${pid}/cwd`) === real) found.push(Number(pid))
    } catch {}
  }
  return found
}

async function waitFor(fn, ms) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (await fn()) return true
    await sleep(500)
  }
  return false
}

/**
 * One start, interrupted `afterMs` after a line matching `when` appeared.
 * Returns problems (strings) and how long the stop took.
 */
async function interruptOnce({ root, ports, env, when, afterMs, name, log, dataDir }) {
  const problems = []
  const out = []
  const child = spawn(process.execPath, [join(root, "scripts", "main.mjs"), "start"], {
    cwd: root,
    env: { ...process.env, ...env, OCOP_ROOT: root },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let seen = null
  let exited = null
  const exitedP = new Promise((r) => child.on("exit", (code, signal) => r((exited = { code, signal }))))
  const onData = (chunk) => {
    for (const line of String(chunk).split("\n")) {
      if (!line) continue
      out.push(line)
      if (out.length > 80) out.shift()
      if (!seen && when.test(line)) seen = Date.now()
    }
  }
  child.stdout.on("data", onData)
  child.stderr.on("data", onData)
  const reached = await waitFor(() => exited || (seen && Date.now() - seen >= afterMs), 600000)
  if (exited || !reached) {
    problems.push(`${name}: the start ${exited ? `ended (${exited.code ?? exited.signal})` : "did not get"} there before the interrupt; last lines:\n${out.slice(-15).join("\n")}`)
    if (!exited) {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {}
      child.kill("SIGKILL")
    }
    return { problems, stopMs: 0 }
  }
  log(`interrupt-start: SIGINT ${name}`)
  const sent = Date.now()
  child.kill("SIGINT")
  let timer
  const done = await Promise.race([exitedP, new Promise((r) => (timer = setTimeout(() => r(null), 60000)))])
  clearTimeout(timer)
  const stopMs = Date.now() - sent
  if (!done) {
    problems.push(`${name}: still running 60 s after SIGINT; last lines:\n${out.slice(-15).join("\n")}`)
    child.kill("SIGKILL")
    await exitedP
  } else if (done.code !== 0) {
    problems.push(`${name}: exited with ${done.code ?? done.signal} after SIGINT (0 expected); last lines:\n${out.slice(-10).join("\n")}`)
  }
  // what it started may take a moment to let go of its ports
  for (const [what, port] of Object.entries(ports)) {
    if (!(await waitFor(() => portFree(port), 10000))) problems.push(`${name}: port ${port} (${what}) still taken after the start exited`)
  }
  try {
    const record = JSON.parse(readFileSync(join(root, ".data", "run", `serve-${ports.backend}.json`), "utf8"))
    for (const g of record.groups ?? [])
      if (!(await waitFor(() => !alive(-g.pgid), 3000))) problems.push(`${name}: the ${g.name} (process group ${g.pgid}) still runs after the start exited`)
  } catch {}
  if (dataDir) {
    const left = postgresOn(dataDir)
    if (left.length) problems.push(`${name}: postgres still runs on ${dataDir} (pids ${left.join(", ")})`)
  }
  return { problems, stopMs }
}

export async function checkInterruptedStart({
  root,
  ports = { backend: 9600, storefront: 4900, database: 54600 },
  dataDir,
  databaseUrl,
  log = console.log,
}) {
  const own = !dataDir
  if (!dataDir) {
    const dir = mkdtempSync(join(tmpdir(), "ocop-interrupt-"))
    chmodSync(dir, 0o755) // as root, initdb runs as the user postgres and must get in
    dataDir = join(dir, "postgres")
  }
  const base = {
    PORT: String(ports.backend),
    STOREFRONT_PORT: String(ports.storefront),
    OCOP_PG_PORT: String(ports.database),
    OCOP_PG_DIR: dataDir,
    OCOP_KEY_FILE: join(dirname(dataDir), "publishable-key"),
    // never the storefront/dist a running `npm start` serves (inside storefront/ for its packages)
    OCOP_STOREFRONT_DIST: process.env.OCOP_STOREFRONT_DIST || join(root, "storefront", "node_modules", ".e2e-dist"),
    MEDUSA_BACKEND_URL: "",
    STOREFRONT_URL: "",
  }
  const embedded = { ...base, DATABASE_URL: "" }
  const external = databaseUrl ? { ...base, DATABASE_URL: databaseUrl } : null
  const problems = []
  const times = []
  const moment = async (name, env, when, afterMs, pgDir) => {
    const r = await interruptOnce({ root, ports, env, when, afterMs, name, log, dataDir: pgDir })
    problems.push(...r.problems)
    if (!r.problems.length) times.push(`${name} ${(r.stopMs / 1000).toFixed(1)} s`)
  }
  try {
    await moment("during migrations", embedded, /^\[3\/6\]/, 4000, dataDir)
    if (external) {
      await moment("during seeding", external, /^\[4\/6\]/, 3000, dataDir)
      await moment("while waiting for the servers", external, /^\[6\/6\]/, 15000, dataDir)
    } else {
      // migrations finish on this second start; interrupted once the first products load
      await moment("during seeding", embedded, /^\[seed\] products .*: \d+\/\d+/, 1000, dataDir)
    }
  } finally {
    if (own) rmSync(dirname(dataDir), { recursive: true, force: true })
  }
  const summary =
    `interrupt-start: ${problems.length ? `${problems.length} problem(s)` : "everything stopped"}` +
    (times.length ? ` — stopped in: ${times.join(", ")}` : "") +
    (external ? "" : " (\"while waiting for the servers\" skipped: pass databaseUrl of a seeded database)")
  return { problems, summary, skipped: external ? 0 : 1 }
}
