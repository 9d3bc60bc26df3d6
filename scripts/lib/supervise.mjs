// Keeps a long-running process up: when it exits without having been asked to
// (a crash, kill -9, the OOM killer), it is started again after 1, 2, 4 … 30 s.
// Used by `npm start` and the test runner for the backend, the storefront and
// the embedded Postgres, so the shop comes back by itself.
import { EventEmitter } from "node:events"

const BACKOFF_MS = [1000, 2000, 4000, 8000, 16000, 30000]
// set by the start script's shutdown (Ctrl+C): a process ending now is not restarted — the
// embedded Postgres shares the terminal's process group and stops on Ctrl+C by itself
let shuttingDown = false
export const noMoreRestarts = () => (shuttingDown = true)
// a process that stayed up this long crashed for a new reason: start again at 1 s
const STABLE_MS = 60000

const seconds = (ms) => `${(ms / 1000).toFixed(ms < 10000 ? 1 : 0)} s`
const isRunning = (child) => child && child.exitCode === null && child.signalCode === null

/**
 * supervise(name, hooks) starts the process at once and returns its handle.
 *
 * hooks:
 *   start()            → Promise<child>: spawns it (a ChildProcess, or anything
 *                        with pid, exitCode, signalCode and an "exit" event)
 *   ready(child)       → Promise: resolves when it serves (rejects if it cannot)
 *   kill(child, sig)   : signals the process and everything it started
 *   halt(child, why)   → Promise (optional): ends it on purpose; `why` is "stop" or
 *                        "restart" (default: kill with SIGTERM, then SIGKILL after 10 s)
 *   alive()            → Promise<boolean> (optional): false only when it certainly
 *                        does not serve (e.g. connection refused); `deadAfterMs` of
 *                        false answers in a row count as a crash — for processes whose
 *                        parent survives the death of the part that serves (medusa develop)
 *   readyLabel         : how readiness is said in the log ("answered /health")
 *
 * The first start is not retried: if it fails, `ready` rejects and the caller
 * reports it. Restarts begin once it has been ready.
 */
export function supervise(name, hooks) {
  const { start, ready, kill, alive, deadAfterMs = 45000, readyLabel = "is ready", log = (m) => console.error(m) } = hooks
  const halt = hooks.halt ?? defaultHalt
  const events = new EventEmitter()
  let attempt = 0 // index into BACKOFF_MS
  let upSince = 0
  let downSince = 0 // first exit of the current outage
  let timer = null
  let watch = null
  let stopped = false
  let armed = false // true once the first start was ready
  let ignored = null // a child ended on purpose by restart()
  let lastBack = 0 // restart number of the last successful restart

  const handle = {
    name,
    /** the current process; replaced after every restart */
    child: null,
    /** restarts begun so far (crashes and restart() calls) */
    restarts: 0,
    /** "starting" | "up" | "down" (waiting to restart) | "stopped" */
    state: "starting",
    /** "start" { pid, restart } · "exit" { code, signal, restart, delayMs } · "back" { restart, downMs, readyMs } */
    events,
    ready: null,
    pid: () => handle.child?.pid,
    /** Stops it for good; it is not restarted. Resolves when it has exited. */
    async stop() {
      stopped = true
      handle.state = "stopped"
      clearTimeout(timer)
      clearInterval(watch)
      if (isRunning(handle.child)) await halt(handle.child, "stop")
    },
    /** Ends it at once (not a crash: no backoff) and starts it again; resolves when ready. */
    async restart() {
      if (stopped) throw new Error(`${name} was stopped`)
      clearTimeout(timer)
      clearInterval(watch)
      const old = handle.child
      ignored = old
      downSince ||= Date.now()
      if (isRunning(old)) await halt(old, "restart")
      if (old) kill(old, "SIGKILL") // leftovers of its tree
      handle.restarts++
      log(`[supervisor] ${name} restarting on request (restart ${handle.restarts})`)
      const n = handle.restarts
      await launch(n)
      if (lastBack < n) throw new Error(`${name} did not come back after restart ${n}`)
    },
    /** Resolves when restart number `n` (or a later one) has been ready. */
    whenBack(n = handle.restarts + 1, timeoutMs = 300000) {
      if (lastBack >= n) return Promise.resolve({ restart: lastBack })
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => (events.off("back", on), reject(new Error(`${name} was not back within ${seconds(timeoutMs)}`))), timeoutMs)
        const on = (e) => e.restart >= n && (clearTimeout(t), events.off("back", on), resolve(e))
        events.on("back", on)
      })
    },
  }

  function defaultHalt(child) {
    return new Promise((resolve) => {
      child.once("exit", () => (clearTimeout(t), resolve()))
      kill(child, "SIGTERM")
      const t = setTimeout(() => kill(child, "SIGKILL"), 10000)
      t.unref()
    })
  }

  function onExit(child, code, signal) {
    if (child !== handle.child || child === ignored) return
    clearInterval(watch)
    if (stopped || shuttingDown) return // stop() ends it gently; its children finish their own shutdown
    // whatever the process had started (medusa develop's server, pnpm's child) goes too,
    // or it would keep the port and answer in place of the new one
    kill(child, "SIGKILL")
    if (!armed) return // the first start failed: `ready` rejects, the caller reports it
    if (upSince && Date.now() - upSince >= STABLE_MS) attempt = 0
    const delayMs = BACKOFF_MS[Math.min(attempt++, BACKOFF_MS.length - 1)]
    upSince = 0
    downSince ||= Date.now()
    handle.state = "down"
    const how = signal ? `signal ${signal}` : code === null || code === undefined ? "reason unknown" : `code ${code}`
    log(`[supervisor] ${name} exited (${how}) — restarting in ${delayMs / 1000} s (restart ${handle.restarts + 1})`)
    events.emit("exit", { code, signal, restart: handle.restarts + 1, delayMs })
    timer = setTimeout(() => {
      if (stopped) return
      handle.restarts++
      launch(handle.restarts)
    }, delayMs)
  }

  // n = 0 for the first start, else the restart number
  async function launch(n) {
    handle.state = "starting"
    const began = Date.now()
    let child
    try {
      child = await start()
    } catch (e) {
      if (!n) throw e
      // could not even spawn: count it as a crash of a process that never came up
      log(`[supervisor] ${name} could not start: ${e?.message ?? String(e)}`)
      const failed = { pid: undefined, exitCode: 1, signalCode: null }
      handle.child = failed
      return onExit(failed, 1, null)
    }
    handle.child = child
    events.emit("start", { pid: child.pid, restart: n })
    child.on?.("error", (e) => log(`[supervisor] ${name}: ${e?.message ?? String(e)}`))
    child.once("exit", (code, signal) => onExit(child, code, signal))
    if (!isRunning(child)) return onExit(child, child.exitCode, child.signalCode)
    if (stopped) return halt(child, "stop")
    try {
      await ready(child)
    } catch (e) {
      if (!n) {
        if (isRunning(child)) kill(child, "SIGKILL") // not ready in time: leave nothing behind
        throw e
      }
      if (child !== handle.child || !isRunning(child)) return // its exit schedules the next try
      log(`[supervisor] ${name} ${e?.message ?? String(e)} — killing it`)
      return kill(child, "SIGKILL")
    }
    if (child !== handle.child || stopped) return
    armed = true
    handle.state = "up"
    upSince = Date.now()
    if (n) {
      const downMs = Date.now() - downSince
      downSince = 0
      lastBack = n
      log(`[supervisor] ${name} is back (${readyLabel} ${seconds(Date.now() - began)} after the restart, ${seconds(downMs)} after it went down)`)
      events.emit("back", { restart: n, downMs, readyMs: Date.now() - began })
    }
    if (alive) watchAlive(child)
  }

  function watchAlive(child) {
    let deadSince = 0
    let busy = false
    watch = setInterval(async () => {
      if (busy) return
      busy = true
      const ok = await alive().catch(() => true)
      busy = false
      if (child !== handle.child || handle.state !== "up") return
      if (ok) deadSince = 0
      else if (!deadSince) deadSince = Date.now()
      else if (Date.now() - deadSince >= deadAfterMs) {
        clearInterval(watch)
        downSince = deadSince // the outage began when it stopped answering
        log(`[supervisor] ${name} has not been answering for ${seconds(Date.now() - deadSince)} though its process runs — killing it`)
        kill(child, "SIGKILL") // its exit schedules the restart
      }
    }, 2000)
    watch.unref()
  }

  handle.ready = launch(0)
  handle.ready.catch(() => {}) // the caller awaits it; never an unhandled rejection
  return handle
}
