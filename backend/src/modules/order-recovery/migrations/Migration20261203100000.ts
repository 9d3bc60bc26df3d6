import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "order_repair" ("id" text not null, "cart_id" text not null, "order_id" text not null, "outcome" text check ("outcome" in ('completed', 'cancelled')) not null, "repaired" jsonb not null, "found_by" text check ("found_by" in ('retry', 'startup', 'schedule')) not null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_repair_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_repair_cart_id" ON "order_repair" ("cart_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_repair_order_id" ON "order_repair" ("order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_repair_deleted_at" ON "order_repair" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "order_repair" cascade;`)
  }
}
