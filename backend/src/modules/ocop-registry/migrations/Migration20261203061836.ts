import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203061836 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_stamp_lookup" drop constraint if exists "ocop_stamp_lookup_stamp_id_client_key_unique";`);
    this.addSql(`alter table if exists "ocop_stamp" drop constraint if exists "ocop_stamp_serial_unique";`);
    this.addSql(`alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_product_id_unique";`);
    this.addSql(`alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_product_id_number_key_unique";`);
    this.addSql(`create table if not exists "ocop_certificate" ("id" text not null, "product_id" text not null, "producer_id" text null, "number" text not null, "number_key" text not null, "issuer" text not null, "issued_at" text not null, "expires_at" text not null, "stars" integer not null, "score" integer null, "group" text not null, "subgroup" text not null, "province" text not null, "legacy_province" text null, "scan_url" text null, "status" text check ("status" in ('pending', 'verified', 'rejected', 'revoked', 'expired', 'superseded')) not null default 'pending', "is_current" boolean not null default true, "supersedes_id" text null, "decided_at" timestamptz null, "decided_by" text null, "note" text null, "resubmitted_at" timestamptz null, "previous_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_product_id_number_key_unique" ON "ocop_certificate" ("product_id", "number_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_product_id_unique" ON "ocop_certificate" ("product_id") WHERE is_current = true AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_status" ON "ocop_certificate" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_producer_id" ON "ocop_certificate" ("producer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_certificate_event" ("id" text not null, "action" text check ("action" in ('submitted', 'edited', 'resubmitted', 'verified', 'rejected', 'revoked', 'superseded', 'imported')) not null, "from_status" text check ("from_status" in ('pending', 'verified', 'rejected', 'revoked', 'expired', 'superseded')) null, "to_status" text check ("to_status" in ('pending', 'verified', 'rejected', 'revoked', 'expired', 'superseded')) not null, "by" text not null, "note" text null, "changes" jsonb null, "certificate_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_event_certificate_id" ON "ocop_certificate_event" ("certificate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_event_deleted_at" ON "ocop_certificate_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_stamp_batch" ("id" text not null, "product_id" text not null, "producer_id" text null, "certificate_id" text null, "quantity" integer not null, "lot" text null, "produced_on" text null, "best_before" text null, "gtin" text null, "status" text check ("status" in ('requested', 'issued', 'declined')) not null, "legacy" boolean not null default false, "requested_by" text null, "decided_by" text null, "decided_at" timestamptz null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_stamp_batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_batch_deleted_at" ON "ocop_stamp_batch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_batch_product_id" ON "ocop_stamp_batch" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_batch_producer_id" ON "ocop_stamp_batch" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_batch_status" ON "ocop_stamp_batch" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_stamp" ("id" text not null, "serial" text not null, "product_id" text not null, "lookup_count" integer not null default 0, "client_count" integer not null default 0, "last_looked_up_at" timestamptz null, "batch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_stamp_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_stamp_serial_unique" ON "ocop_stamp" ("serial") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_batch_id" ON "ocop_stamp" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_deleted_at" ON "ocop_stamp" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_product_id" ON "ocop_stamp" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_client_count" ON "ocop_stamp" ("client_count") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_stamp_lookup" ("id" text not null, "stamp_id" text not null, "client_key" text not null, "count" integer not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_stamp_lookup_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_lookup_deleted_at" ON "ocop_stamp_lookup" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_stamp_lookup_stamp_id_client_key_unique" ON "ocop_stamp_lookup" ("stamp_id", "client_key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_trace_report" ("id" text not null, "serial" text not null, "stamp_id" text null, "message" text null, "contact" text null, "client_key" text not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_trace_report_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_trace_report_deleted_at" ON "ocop_trace_report" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_trace_report_status" ON "ocop_trace_report" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_trace_report_serial" ON "ocop_trace_report" ("serial") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_certificate_event" add constraint "ocop_certificate_event_certificate_id_foreign" foreign key ("certificate_id") references "ocop_certificate" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "ocop_stamp" add constraint "ocop_stamp_batch_id_foreign" foreign key ("batch_id") references "ocop_stamp_batch" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_certificate_event" drop constraint if exists "ocop_certificate_event_certificate_id_foreign";`);

    this.addSql(`alter table if exists "ocop_stamp" drop constraint if exists "ocop_stamp_batch_id_foreign";`);

    this.addSql(`drop table if exists "ocop_certificate" cascade;`);

    this.addSql(`drop table if exists "ocop_certificate_event" cascade;`);

    this.addSql(`drop table if exists "ocop_stamp_batch" cascade;`);

    this.addSql(`drop table if exists "ocop_stamp" cascade;`);

    this.addSql(`drop table if exists "ocop_stamp_lookup" cascade;`);

    this.addSql(`drop table if exists "ocop_trace_report" cascade;`);
  }

}
