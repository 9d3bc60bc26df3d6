import Medusa from "@medusajs/js-sdk"

// Medusa's JS SDK as its admin-customisation docs set it up: the dashboard's own origin and
// the staff member's session cookie.
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })
