import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123204634 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_file" add column if not exists "thumbnail_url" text null, add column if not exists "thumbnail_file_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "producer_file" drop column if exists "thumbnail_url", drop column if exists "thumbnail_file_id";`);
  }

}
