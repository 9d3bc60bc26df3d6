import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// The checkout guard (lib/checkout/guard.ts): one live order per cart, enforced
// by the database. The "order" table belongs to Medusa's order module, migrated
// before this one; should it not exist yet, the migration script
// `migration-scripts/order-checkout-guard.ts` creates the index after all modules.
export class Migration20261203100100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`DO $$ BEGIN
      IF to_regclass('"order"') IS NOT NULL THEN
        CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_ocop_checkout_unique" ON "order" ((metadata->>'ocop_checkout'))
          WHERE deleted_at IS NULL AND status <> 'canceled' AND (metadata->>'ocop_checkout') IS NOT NULL;
      END IF;
    END $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_order_ocop_checkout_unique";`)
  }
}
