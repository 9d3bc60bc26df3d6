// Entry point for `npm start` / `npm test` / `npm run seed`.
// Runs on whatever Node the machine has (20 here) and only provisions the
// project's own Node 22 and pnpm from the npm registry, then hands over to
// scripts/main.mjs under Node 22. Keep this file free of dependencies.
import { spawn, spawnSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..")
const NODE_VERSION = "22.23.3"
const PNPM_VERSION = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"))
  .packageManager.replace(/^pnpm@/, "")
const TOOLCHAIN = join(ROOT, ".toolchain")
const NODE_PKG = `node-${process.platform}-${process.arch}`
const NODE_DIR = join(TOOLCHAIN, "node_modules", NODE_PKG)
const NODE_BIN = join(NODE_DIR, "bin", "node")
const STAMP = join(TOOLCHAIN, "versions.json")
const wanted = JSON.stringify({ node: NODE_VERSION, pnpm: PNPM_VERSION, pkg: NODE_PKG })

function provision() {
  if (existsSync(STAMP) && readFileSync(STAMP, "utf8") === wanted && existsSync(NODE_BIN)) return
  console.log(`[toolchain] installing Node ${NODE_VERSION} and pnpm ${PNPM_VERSION} into .toolchain/ (from npm)`)
  mkdirSync(TOOLCHAIN, { recursive: true })
  writeFileSync(join(TOOLCHAIN, "package.json"), '{ "private": true }\n')
  const npm = process.platform === "win32" ? "npm.cmd" : "npm"
  const r = spawnSync(
    npm,
    ["install", "--no-audit", "--no-fund", "--no-package-lock", "--ignore-scripts",
      `${NODE_PKG}@${NODE_VERSION}`, `pnpm@${PNPM_VERSION}`],
    { cwd: TOOLCHAIN, stdio: "inherit" }
  )
  if (r.status !== 0 || !existsSync(NODE_BIN)) {
    console.error(`[toolchain] could not install ${NODE_PKG}@${NODE_VERSION} from the npm registry.` +
      " Check your network/registry settings (npm config get registry) and run the command again.")
    process.exit(r.status || 1)
  }
  writeFileSync(STAMP, wanted)
}

provision()

const binDirs = [join(NODE_DIR, "bin"), join(TOOLCHAIN, "node_modules", ".bin")]
const env = {
  ...process.env,
  PATH: [...binDirs, process.env.PATH].join(process.platform === "win32" ? ";" : ":"),
  // native addons must compile against Node 22's headers, which the package ships
  npm_config_nodedir: NODE_DIR,
  OCOP_ROOT: ROOT,
}
// Asynchronous, so that this process stays until main.mjs has stopped everything: Ctrl+C
// reaches both (same process group); a signal sent to this process alone is passed on.
const child = spawn(NODE_BIN, [join(ROOT, "scripts", "main.mjs"), ...process.argv.slice(2)], {
  stdio: "inherit",
  env,
})
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"])
  process.on(signal, () => {
    try {
      child.kill(signal)
    } catch {}
  })
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
