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
