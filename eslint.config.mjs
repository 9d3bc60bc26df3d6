// ESLint for the whole workspace (`pnpm lint`; `npm test` runs it too).
// The recommended rules of ESLint and typescript-eslint, no stylistic ones: formatting is
// not checked here. `.astro` files are checked by `astro check` (the storefront's types).
import js from "@eslint/js"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/.medusa/**",
      "**/.astro/**",
      "backend/static/**",
      "tests/test-results/**",
      "tests/playwright-report/**",
      ".data/**",
      ".toolchain/**",
    ],
  },
  {
    files: [
      "backend/src/**/*.{ts,tsx}",
      "backend/integration-tests/**/*.ts",
      "storefront/src/**/*.{ts,tsx,js,mjs}",
      "packages/shared/src/**/*.ts",
      "seed/src/**/*.ts",
      "scripts/**/*.mjs",
      "tests/**/*.{ts,mjs,cjs}",
    ],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.node },
    },
    rules: {
      // an `any` hides a real type; where one is truly needed, a disable comment says why
      "@typescript-eslint/no-explicit-any": "error",
      // `catch {}` is how the code says "this failure does not matter here"
      "no-empty": ["error", { allowEmptyCatch: true }],
      // `_name` marks a parameter or binding kept on purpose (a handler's signature, a rest omit)
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The backend's floors: api/ → workflows/ → modules/. What runs below the HTTP layer (workflows, jobs,
    // subscribers, modules, links, scripts and the pure helpers of lib/) never reaches up into api/; HTTP glue
    // (actor helpers, CRUD handlers, response views) lives in api/_lib/, which Medusa's router skips.
    files: [
      "backend/src/{lib,workflows,modules,jobs,subscribers,links,search,scripts,migration-scripts}/**/*.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+api(/|$)",
              message: "Below api/ nothing imports from api/: move the shared code into lib/ (domain) or the workflow, or the HTTP glue into api/_lib/.",
            },
          ],
        },
      ],
    },
  },
  {
    // CommonJS files (jest reporter, configs)
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // browser islands and scripts of the storefront, and Playwright's page callbacks
    files: ["storefront/src/**/*.{ts,tsx,js,mjs}", "tests/e2e/**/*.ts", "backend/src/admin/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  }
)
