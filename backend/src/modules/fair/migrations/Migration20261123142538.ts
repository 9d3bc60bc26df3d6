import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123142538 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "fair" drop constraint if exists "fair_handle_unique";`);
    this.addSql(`create table if not exists "fair" ("id" text not null, "handle" text not null, "name" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "venue" text not null, "address" text null, "province" text not null, "latitude" real null, "longitude" real null, "organiser" text not null, "booth_count" integer null, "description" text null, "published" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fair_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_fair_handle_unique" ON "fair" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_province" ON "fair" ("province") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_deleted_at" ON "fair" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "fair" cascade;`);
  }

}
