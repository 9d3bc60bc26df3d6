import Medusa from "@medusajs/js-sdk"

// Read at request time (not inlined at build): the same build serves any backend.
export const BACKEND_URL = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"

export const sdk = new Medusa({
  baseUrl: BACKEND_URL,
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
})
