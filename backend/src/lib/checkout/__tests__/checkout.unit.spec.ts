import { MedusaError } from "@medusajs/framework/utils"
import { planReservations } from "../reservations"
import { isTransientError } from "../transient"

describe("which failures are passing faults (answered 503, the shopper may try again)", () => {
  it("knows the database restarting, a refused connection, a drained pool, Redis away and a held lock", () => {
    const faults = [
      Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
      Object.assign(new Error("the database system is starting up"), { code: "57P03" }),
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      new Error("Knex: Timeout acquiring a connection. The pool is probably full."),
      new Error("insert into \"order_summary\" … - Client has encountered a connection error and is not queryable"),
      new Error("Connection is closed."),
      new Error('Failed to acquire lock for key "cart_1"'),
      new Error("Max retries (3) exceeded for saving checkpoint due to version conflicts"),
      // the engine's answer when a finished step's checkpoint could not be written (seen with 50 checkouts at once)
      new MedusaError(MedusaError.Types.NOT_ALLOWED, 'Updating Status from "ok" to "temp_failure" is not allowed.'),
      // wrapped, as Medusa's workflow errors carry the original
      Object.assign(new Error("Step failed"), { cause: Object.assign(new Error("x"), { code: "08006" }) }),
    ]
    expect(faults.map((e) => isTransientError(e))).toEqual(faults.map(() => true))
  })

  it("does not take a refusal or a bug for one (those must reach the shopper or the log as they are)", () => {
    const answers = [
      new MedusaError(MedusaError.Types.NOT_ALLOWED, "Some variant does not have the required inventory"),
      new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid phone"),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505" }),
      null,
      "a string",
    ]
    expect(answers.map((e) => isTransientError(e))).toEqual(answers.map(() => false))
  })
})

describe("the reservations a half-made order's lines should hold", () => {
  const variant = (id: string, manage = true, items = [{ inventory_item_id: `ii_${id}`, required_quantity: 1, location_ids: ["loc_hn", "loc_hcm"] }]) => ({
    id,
    manage_inventory: manage,
    allow_backorder: false,
    inventory_items: items,
  })

  it("reserves each stock-managed line at a warehouse of the order's sales channel, times the kit's quantity", () => {
    const plan = planReservations(
      [
        { id: "li_1", variant_id: "v1", quantity: 3 },
        { id: "li_2", variant_id: "v2", quantity: 2 },
        { id: "li_3", variant_id: "v3", quantity: 1 },
      ],
      [variant("v1"), variant("v2", true, [{ inventory_item_id: "ii_box", required_quantity: 6, location_ids: ["loc_hcm"] }]), variant("v3", false)],
      ["loc_hcm"]
    )
    expect(plan).toEqual([
      { line_item_id: "li_1", inventory_item_id: "ii_v1", quantity: 3, allow_backorder: false, location_id: "loc_hcm" },
      { line_item_id: "li_2", inventory_item_id: "ii_box", quantity: 12, allow_backorder: false, location_id: "loc_hcm" },
    ])
  })

  it("refuses rather than reserve nothing: no warehouse of the channel, or a line without a quantity", () => {
    expect(() => planReservations([{ id: "li_1", variant_id: "v1", quantity: 1 }], [variant("v1")], ["loc_dn"])).toThrow(/stock location/)
    expect(() => planReservations([{ id: "li_1", variant_id: "v1", quantity: Number.NaN }], [variant("v1")], ["loc_hn"])).toThrow(/quantity/)
  })
})
