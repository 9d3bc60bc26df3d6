import node from "@astrojs/node"
import react from "@astrojs/react"
import { defineConfig } from "astro/config"
import { copyFileSync, readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { drawAppIcons } from "./scripts/draw-app-icons.mjs"
import { englishPages } from "./integrations/english-pages.mjs"

// Run-time configuration: nothing public (STOREFRONT_URL, the backend, keys) is
// fixed at build. The built server checks its environment before it listens
// (src/lib/env.mjs): a missing or wrong variable stops it with a message naming it.
// The same first import keeps every answer for /_astro/ files immutable
// (src/lib/asset-cache-headers.mjs: HEAD and 304 answers included).
let serverDir = new URL("./dist/server/", import.meta.url)
const checkEnvAtStart = {
  name: "ocop-env-check",
  hooks: {
    "astro:config:done": ({ config }) => {
      serverDir = config.build.server
    },
    "astro:build:done": () => {
      const server = serverDir
      copyFileSync(new URL("./src/lib/env.mjs", import.meta.url), new URL("ocop-env.mjs", server))
      copyFileSync(new URL("./src/lib/asset-cache-headers.mjs", import.meta.url), new URL("ocop-asset-cache-headers.mjs", server))
      writeFileSync(
        new URL("ocop-env-check.mjs", server),
        'import { assertEnv } from "./ocop-env.mjs"\nimport { markHashedAssetsImmutable } from "./ocop-asset-cache-headers.mjs"\n\nassertEnv()\nmarkHashedAssetsImmutable()\n'
      )
      const entry = fileURLToPath(new URL("entry.mjs", server))
      const code = readFileSync(entry, "utf8")
      if (!code.startsWith('import "./ocop-env-check.mjs"')) writeFileSync(entry, `import "./ocop-env-check.mjs"\n${code}`)
    },
  },
}

// The app icons are drawn with sharp before anything imports them (dev and build).
const appIcons = {
  name: "ocop-app-icons",
  hooks: { "astro:config:setup": async () => void (await drawAppIcons()) },
}

// A new id for every build: /sw.js carries it, so browsers install the new
// release's service worker (src/features/app-shell/service-worker.js).
const release = process.env.OCOP_RELEASE || `${Date.now().toString(36)}`

export default defineConfig({
  output: "server",
  adapter: node({ mode: "standalone" }),
  integrations: [appIcons, englishPages(), react(), checkEnvAtStart],
  vite: { define: { __OCOP_RELEASE__: JSON.stringify(release) } },
  // no `site`: absolute URLs use STOREFRONT_URL at run time (src/lib/env.mjs)
  // Content-Security-Policy: Astro hashes every script and style it renders;
  // the rest of the policy lists what pages may load from elsewhere.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        // product pictures come from the backend, wherever it runs
        "img-src 'self' data: https: http://localhost:*",
        "connect-src 'self' https://api.stripe.com",
        "frame-src https://js.stripe.com https://hooks.stripe.com",
        "font-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "https://js.stripe.com"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  i18n: {
    locales: ["vi", "en"],
    defaultLocale: "vi",
    routing: { prefixDefaultLocale: false },
  },
})
