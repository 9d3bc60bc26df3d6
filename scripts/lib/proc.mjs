// Child processes, ports and readiness checks for the start and test scripts.
import { spawn } from "node:child_process"
import net from "node:net"

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

/** Starts a long-running service in its own process group, so stop() ends its whole tree. */
export function service(name, cmd, args, opts = {}) {
  const child = spawn(cmd, args, {
    cwd: ROOT,
    ...opts,
    env: { ...process.env, ...opts.env },
    detached: true,
    stdio: opts.stdio ?? "inherit",
  })
  child.on("exit", (code, signal) => {
    if (!child.stopping) console.error(`✖ ${name} exited (${code ?? signal})`)
  })
  return {
    child,
    stop() {
      child.stopping = true
      try {
        process.kill(-child.pid, "SIGTERM")
      } catch {}
    },
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
    if (child && child.exitCode !== null) throw new Error(`process serving ${url} exited before it was ready`)
    try {
      const res = await fetch(url)
      if (res.status < 500) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
