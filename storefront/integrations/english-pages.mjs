import { readdirSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"

// One page tree for both languages: every page under src/pages answers at its
// Vietnamese URL (`/san-pham`) and, from the same file, at `/en/…` (`/en/san-pham`).
// The page reads its language from `Astro.currentLocale` (Astro's i18n config:
// vi default without a prefix, en under /en), so a page is written once.
// Files that have no English URL: the API, machine files and the stamp's GS1 link.
const VIETNAMESE_ONLY = [/^api\//, /^01\//, /^404\.astro$/, /^favicon\.ico\.ts$/, /^robots\.txt\.ts$/, /^sitemap\.xml\.ts$/, /^sw\.js\.ts$/]

function pageFiles(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pageFiles(join(dir, e.name), root) : [relative(root, join(dir, e.name)).split("\\").join("/")]
  )
}

/** "san-pham/index.astro" → "/en/san-pham"; "index.astro" → "/en"; "manifest.webmanifest.ts" → "/en/manifest.webmanifest" */
export function englishPattern(file) {
  const route = file.replace(/\.(astro|ts)$/, "").replace(/(^|\/)index$/, "")
  return route ? `/en/${route}` : "/en"
}

export function englishPages() {
  return {
    name: "ocop-english-pages",
    hooks: {
      "astro:config:setup": ({ config, injectRoute }) => {
        const pages = fileURLToPath(new URL("pages/", config.srcDir))
        for (const file of pageFiles(pages)) {
          if (file.endsWith(".test.ts") || VIETNAMESE_ONLY.some((re) => re.test(file))) continue
          injectRoute({ pattern: englishPattern(file), entrypoint: `./src/pages/${file}` })
        }
      },
    },
  }
}
