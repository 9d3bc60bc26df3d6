import node from "@astrojs/node"
import react from "@astrojs/react"
import { defineConfig } from "astro/config"

export default defineConfig({
  output: "server",
  adapter: node({ mode: "standalone" }),
  integrations: [react()],
  site: process.env.STOREFRONT_URL || "http://localhost:4321",
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
