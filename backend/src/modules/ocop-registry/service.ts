import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { OcopCertificate } from "./models/certificate"
import { CertificateEvent } from "./models/certificate-event"
import { OcopStamp } from "./models/stamp"
import { StampBatch } from "./models/stamp-batch"
import { StampLookup } from "./models/stamp-lookup"
import { TraceReport } from "./models/trace-report"

export default class OcopRegistryModuleService extends MedusaService({
  OcopCertificate,
  CertificateEvent,
  StampBatch,
  OcopStamp,
  StampLookup,
  TraceReport,
}) {
  /**
   * Inserts a batch's stamps in one statement (10,000 in well under a second).
   * A serial already taken anywhere fails the whole insert on the unique
   * constraint: the caller draws new serials and tries again.
   */
  @InjectTransactionManager()
  async insertStamps(
    rows: { batch_id: string; product_id: string; serial: string }[],
    @MedusaContext() ctx: Context<EntityManager> = {}
  ): Promise<number> {
    if (!rows.length) return 0
    await ctx.transactionManager!.execute(
      // one JSON parameter: the driver would spread an array into thousands of placeholders
      `INSERT INTO ocop_stamp (id, serial, product_id, batch_id)
       SELECT id, serial, product_id, batch_id FROM json_to_recordset(?::json) AS s(id text, serial text, product_id text, batch_id text)`,
      [JSON.stringify(rows.map((r) => ({ id: generateEntityId(undefined, "ostp"), ...r })))]
    )
    return rows.length
  }

  /** Counts one lookup of a stamp by one client; returns the stamp's totals. */
  @InjectManager()
  async recordLookup(
    stampId: string,
    clientKey: string,
    @MedusaContext() ctx: Context<EntityManager> = {}
  ): Promise<{ lookup_count: number; client_count: number }> {
    const rows = await ctx.manager!.execute(
      `WITH seen AS (
         INSERT INTO ocop_stamp_lookup (id, stamp_id, client_key, count) VALUES (?, ?, ?, 1)
         ON CONFLICT (stamp_id, client_key) WHERE deleted_at IS NULL
         DO UPDATE SET count = ocop_stamp_lookup.count + 1, updated_at = now()
         RETURNING (xmax = 0) AS first_time
       )
       UPDATE ocop_stamp SET lookup_count = lookup_count + 1,
         client_count = client_count + (SELECT CASE WHEN first_time THEN 1 ELSE 0 END FROM seen),
         last_looked_up_at = now()
       WHERE id = ? RETURNING lookup_count, client_count`,
      [generateEntityId(undefined, "oslk"), stampId, clientKey, stampId]
    )
    const row = rows[0] ?? { lookup_count: 0, client_count: 0 }
    return { lookup_count: Number(row.lookup_count), client_count: Number(row.client_count) }
  }
}
