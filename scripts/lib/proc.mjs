// Child processes, ports and readiness checks for the start and test scripts.
import { spawn } from "node:child_process"
import net from "node:net"
import { supervise } from "./supervise.mjs"

export const ROOT = process.env.OCOP_ROOT

// Asynchronous on purpose: the embedded Postgres logs through a pipe read by
// this process, and a blocked event loop would stall the database.
export function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", cwd: ROOT, ...opts, env: { ...process.env, ...opts.env } })
    child.on("exit", (code, signal) => {
      if (code !== 0 && !opts.allowFail) {
        console.error(`\n✖ ${[cmd, ...args].join(" ")} failed (exit ${code ?? signal})`)
        process.exit(code || 1)
      }
      resolve({ status: code, signal })
    })
  })
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
  const { restart, ...spawnOpts } = opts
  const spawnIt = () =>
    spawn(cmd, args, {
      cwd: ROOT,
      ...spawnOpts,
      env: { ...process.env, ...spawnOpts.env },
      detached: true,
      stdio: spawnOpts.stdio ?? "inherit",
    })
  if (restart) {
    const { ready: url, timeoutMs = 180000, deadAfterMs } = restart
    return supervise(name, {
      start: async () => spawnIt(),
      ready: (child) => waitForUrl(url, { child, timeoutMs }),
      kill: (child, signal) => killGroup(child.pid, signal),
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
