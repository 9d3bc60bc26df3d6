// Child processes, ports and readiness checks for the start and test scripts.
import { spawn } from "node:child_process"
import net from "node:net"
import { noMoreRestarts, supervise } from "./supervise.mjs"

export const ROOT = process.env.OCOP_ROOT

// ── Ctrl+C at any moment ─────────────────────────────────────────────────────
// Once handleInterrupts() was called (npm start, npm run seed), every run() child
// gets its own process group and is tracked, so a SIGINT/SIGTERM/SIGHUP — at the
// terminal or sent to this process alone — ends it, then the cleanups (services,
// then the database) run, and this process exits.
const active = new Set() // run() children still running
const cleanups = [] // run last-registered first: services before the database
let handled = false
let stopping = false

export const isStopping = () => stopping
export const interruptsHandled = () => handled

/** Registers fn (may be async) to run on shutdown; returns a function that unregisters it. */
export function onShutdown(fn) {
  cleanups.push(fn)
  return () => {
    const i = cleanups.indexOf(fn)
    if (i >= 0) cleanups.splice(i, 1)
  }
}

export function handleInterrupts() {
  if (handled) return
  handled = true
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => shutdown(0, signal))
}

/** Stops what was started (run() children, then the cleanups) and exits with `code`. */
export async function shutdown(code = 0, signal) {
  if (stopping) {
    // the terminal's Ctrl+C reaches this process and, passed on, from toolchain.mjs (and npm): one is enough
    return
  }
  stopping = true
  noMoreRestarts()
  clearProgress()
  if (signal) console.error(`\n[start] ${signal === "SIGINT" ? "Ctrl+C" : signal}: stopping everything that was started …`)
  // nothing may keep this process from exiting for long
  setTimeout(() => {
    console.error("[start] could not stop everything within 40 s; exiting anyway")
    process.exit(code || 1)
  }, 40000).unref()
  const children = [...active]
  for (const c of children) killGroup(c.pid, "SIGTERM")
  const force = setTimeout(() => children.forEach((c) => killGroup(c.pid, "SIGKILL")), 8000)
  await Promise.all(children.map((c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once("exit", r)))))
  clearTimeout(force)
  for (const c of children) killGroup(c.pid, "SIGKILL") // whatever they started and left
  for (const fn of [...cleanups].reverse()) {
    try {
      await fn()
    } catch (e) {
      console.error(`[start] while stopping: ${e?.message ?? String(e)}`)
    }
  }
  process.exit(code)
}

// ── labelled output ──────────────────────────────────────────────────────────
// `npm start` shows each child's lines as "[label] …". Medusa logs one line per event
// it processes (about 2,500 "Processing product.created which has N subscribers" on a
// first start): hidden unless `npm start -- --verbose` or LOG_LEVEL=info|debug.
// A child may print "[progress] <what> <done>/<total>" lines (the catalogue loader):
// drawn as a bar on a terminal, else printed every 10 % or 15 s.
export const verbose = () =>
  process.argv.includes("--verbose") || /^(info|http|verbose|debug|silly)$/i.test(process.env.LOG_LEVEL ?? "")
const NOISE = [
  /Processing \S+ which has \d+ subscriber/i,
  /^\s*info:\s+[●✔] Migrat(ing|ed) /, // one pair per migration of each module (hundreds on a first start)
  /^\s*info:\s+No (link|workflow|subscriber|job|route|middleware)s? to load from .* skipped\.?$/,
  /^\s*(info|debug)?:?\s*$/,
]
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g
const PROGRESS = /^\[progress\] (.+?) (\d+)\/(\d+)\s*$/
const tty = () => Boolean(process.stdout.isTTY)
let bar = null // { label, what, done, total, at, shownAt, shownDone }

function clearProgress() {
  if (bar?.drawn && tty()) process.stdout.write("\r\x1b[K")
  if (bar) bar.drawn = false
}

function drawProgress() {
  if (!bar) return
  const { label, what, done, total } = bar
  if (tty()) {
    const width = 28
    const full = total ? Math.round((done / total) * width) : 0
    process.stdout.write(`\r\x1b[K[${label}] ${what} ${"█".repeat(full)}${"░".repeat(width - full)} ${done}/${total}`)
    bar.drawn = true
    return
  }
  const now = Date.now()
  if (done === total || done - bar.shownDone >= total / 10 || now - bar.shownAt >= 15000) {
    console.log(`[${label}] ${what}: ${done}/${total}`)
    bar.shownAt = now
    bar.shownDone = done
  }
}

/** Prints a child's line with its label (hiding noise); returns true if it was shown. */
export function showLine(label, raw, stream = process.stdout) {
  const line = raw.replace(ANSI, "").replace(/\r/g, "")
  const p = PROGRESS.exec(line.trim())
  if (p) {
    const [, what, done, total] = p
    if (!bar || bar.what !== what || bar.label !== label) {
      clearProgress()
      bar = { label, what, done: 0, total: 0, shownAt: 0, shownDone: -Infinity }
    }
    bar.done = Number(done)
    bar.total = Number(total)
    drawProgress()
    if (bar.done >= bar.total) {
      if (tty()) process.stdout.write("\n")
      bar = null
    }
    return true
  }
  if (!verbose() && NOISE.some((re) => re.test(line))) return false
  const wasDrawn = bar?.drawn
  clearProgress()
  stream.write(`[${label}] ${line}\n`)
  if (wasDrawn) drawProgress()
  return true
}

/** Feeds a child's stdout/stderr, line by line, to showLine (and to `keep`, the last lines). */
function labelOutput(child, label, keep, show = true) {
  for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
    if (!from) continue
    let rest = ""
    from.setEncoding("utf8")
    from.on("data", (chunk) => {
      const lines = (rest + chunk).split("\n")
      rest = lines.pop()
      for (const l of lines) {
        keep?.push(l.replace(ANSI, ""))
        if (keep && keep.length > 200) keep.shift()
        if (show) showLine(label, l, to)
      }
    })
    from.on("end", () => {
      if (rest) keep?.push(rest.replace(ANSI, ""))
      if (rest && show) showLine(label, rest, to)
    })
  }
}

// Asynchronous on purpose: the embedded Postgres logs through a pipe read by
// this process, and a blocked event loop would stall the database.
// opts.label: output shown as "[label] …" (noise hidden); the result then has `output` (its last lines).
// opts.quiet (with label): output only kept in `output`, for the caller to judge.
export function run(cmd, args, opts = {}) {
  const { label, allowFail, quiet, ...spawnOpts } = opts
  return new Promise((resolve) => {
    if (stopping) return // shutting down: start nothing more
    const output = label ? [] : undefined
    const child = spawn(cmd, args, {
      stdio: label ? ["ignore", "pipe", "pipe"] : "inherit",
      cwd: ROOT,
      ...spawnOpts,
      // its own group, so a shutdown ends everything it started (pnpm → medusa → node)
      detached: handled,
      env: { ...process.env, ...spawnOpts.env },
    })
    if (handled) active.add(child)
    if (label) labelOutput(child, label, output, !quiet)
    child.on("exit", (code, signal) => {
      active.delete(child)
      if (stopping) return // shutdown() exits; the caller must not go on to the next step
      if (code !== 0 && !allowFail) {
        clearProgress()
        console.error(`\n✖ ${[cmd, ...args].join(" ")} failed (exit ${code ?? signal})`)
        if (handled) shutdown(code || 1)
        else process.exit(code || 1)
        return
      }
      resolve({ status: code, signal, output })
    })
  })
}

/** Whether process `pid` (or, with -pgid, a process of that group) still runs, ours or someone else's. */
export function processAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return e.code === "EPERM" // exists, owned by someone else
  }
}

/** Waits until nothing of process group `pgid` runs; SIGKILLs what is left after `ms`. */
export async function endGroup(pgid, ms = 10000) {
  if (!pgid) return
  const gone = () => !processAlive(-pgid)
  const until = Date.now() + ms
  while (!gone() && Date.now() < until) await new Promise((r) => setTimeout(r, 200))
  if (!gone()) killGroup(pgid, "SIGKILL")
}

/** Signals a service's whole process group (it was spawned detached, so its pid is the group's id). */
export function killGroup(pid, signal = "SIGTERM") {
  if (!pid) return
  try {
    process.kill(-pid, signal)
  } catch {}
}

/**
 * Starts a long-running service in its own process group, so stop() ends its whole tree.
 * With `restart: { ready: url }` it is supervised (scripts/lib/supervise.mjs): restarted
 * with backoff whenever it exits unexpectedly after `url` first answered; the handle then
 * also has `ready` (a promise), `pid()`, `restarts`, `events`, `whenBack()`, `restart()`.
 */
export function service(name, cmd, args, opts = {}) {
  const { restart, label, ...spawnOpts } = opts
  const spawnIt = () => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      ...spawnOpts,
      env: { ...process.env, ...spawnOpts.env },
      detached: true,
      stdio: spawnOpts.stdio ?? (label ? ["ignore", "pipe", "pipe"] : "inherit"),
    })
    if (label && !spawnOpts.stdio) labelOutput(child, label)
    return child
  }
  if (restart) {
    const { ready: url, timeoutMs = 180000, deadAfterMs } = restart
    return supervise(name, {
      start: async () => spawnIt(),
      ready: (child) => waitForUrl(url, { child, timeoutMs }),
      kill: (child, signal) => killGroup(child.pid, signal),
      // the whole group, not only its first process: pnpm exits at once on SIGTERM while the
      // medusa under it may hang in its shutdown (e.g. closing Redis queues with Redis gone)
      halt: async (child) => {
        killGroup(child.pid, "SIGTERM")
        await endGroup(child.pid, 10000)
      },
      alive: () => listening(url),
      deadAfterMs,
      readyLabel: `answered ${new URL(url).pathname}`,
    })
  }
  const child = spawnIt()
  child.on("exit", (code, signal) => {
    if (!child.stopping) console.error(`✖ ${name} exited (${code ?? signal})`)
  })
  return {
    name,
    child,
    pid: () => child.pid,
    stop() {
      child.stopping = true
      killGroup(child.pid, "SIGTERM")
    },
  }
}

// false only when nothing listens (connection refused): a slow or busy answer is not a death
async function listening(url) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(10000) })
    return true
  } catch (e) {
    return e?.cause?.code !== "ECONNREFUSED"
  }
}

export function portFree(port, host = "0.0.0.0") {
  return new Promise((resolve) => {
    const srv = net.createServer()
    srv.once("error", () => resolve(false))
    srv.listen(port, host, () => srv.close(() => resolve(true)))
  })
}

export async function requirePortsFree(ports) {
  for (const [port, what, envName] of ports) {
    if (!(await portFree(port))) {
      console.error(
        `✖ Port ${port} (${what}) is already in use. Stop whatever is using it (for example an earlier ` +
          `\`npm start\`: \`lsof -i :${port}\`), or choose another port with ${envName}=…`
      )
      process.exit(2)
    }
  }
}

export async function waitForUrl(url, { timeoutMs = 180000, child } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    // a process killed by a signal has signalCode set and exitCode null
    if (child && (child.exitCode !== null || child.signalCode !== null))
      throw new Error(`process serving ${url} exited before it was ready (${child.exitCode ?? child.signalCode})`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(10000) })
      if (res.status < 500) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
