import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123142537 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "sales_point" drop constraint if exists "sales_point_handle_unique";`);
    this.addSql(`create table if not exists "sales_point" ("id" text not null, "handle" text not null, "name" text not null, "type" text check ("type" in ('centre', 'stall', 'point', 'counter')) not null, "province" text not null, "ward" text null, "address" text not null, "latitude" real not null, "longitude" real not null, "opening_hours" text null, "phone" text null, "email" text null, "description" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_point_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sales_point_handle_unique" ON "sales_point" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_point_province" ON "sales_point" ("province") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_point_deleted_at" ON "sales_point" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sales_point" cascade;`);
  }

}
