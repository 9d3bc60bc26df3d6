import type { SearchTypes } from "@medusajs/framework/types"
import { createHash } from "crypto"

// The OCOP search provider's source of truth: one Postgres table per physical
// index, one typed column per top-level field of the index definition (text,
// bigint, double precision, boolean, timestamptz, text[] — stars, province,
// group, subgroup, producer, in_stock and prices are real columns, with btree
// indexes on what is filtered or sorted), the whole document as jsonb for the
// replicas, and `seq`: every write takes the next value of the table's
// sequence, a delete leaves a tombstone (document null), so a replica catches
// up with `WHERE seq > its last`. Writes to one table are serialised by an
// advisory lock so seq order is commit order (no replica can skip a row
// committed late with a lower seq); rows of the last minute are re-read by
// the poll as well (`recentSql`).

export const CATALOG = "ocop_search_index"
export const CHANNEL = "ocop_search_changed"

type Field = SearchTypes.SearchFieldDefinition
export type Column = { name: string; sqlType: string; extract: string; indexed: boolean }

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`

export function tableName(physicalName: string) {
  return `ocop_search_${physicalName.toLowerCase().replace(/[^a-z0-9_]/g, "_")}`.slice(0, 63)
}

function column(name: string, field: Field): Column {
  const json = `d->>${literal(name)}`
  const base = (() => {
    switch (field.type) {
      case "integer":
        return ["bigint", `(${json})::numeric::bigint`]
      case "float":
        return ["double precision", `(${json})::double precision`]
      case "boolean":
        return ["boolean", `(${json})::boolean`]
      case "date":
        return ["timestamptz", `(${json})::timestamptz`]
      case "keyword":
      case "text":
        return ["text", json]
      default:
        return ["jsonb", `d->${literal(name)}`]
    }
  })()
  const [sqlType, extract] = field.array && base[0] !== "jsonb"
    ? [`${base[0]}[]`, `ARRAY(SELECT x${base[0] === "text" ? "" : `::${base[0]}`} FROM jsonb_array_elements_text(d->${literal(name)}) x)`]
    : base
  return { name, sqlType, extract, indexed: !!(field.filterable || field.sortable || field.facetable) && !field.array && sqlType !== "jsonb" }
}

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`

export function columnsOf(definition: SearchTypes.ResolvedSearchIndexDefinition): Column[] {
  return Object.entries(definition.fields).map(([name, field]) => column(name, field))
}

export const schemaHash = (columns: Column[], primaryKey: string) =>
  createHash("sha1").update(JSON.stringify([columns, primaryKey])).digest("hex").slice(0, 16)

export function createTableSql(table: string, columns: Column[], primaryKey: string): string[] {
  const cols = columns.filter((c) => c.name !== primaryKey)
  return [
    `CREATE SEQUENCE IF NOT EXISTS ${ident(`${table}_seq`)}`,
    `CREATE TABLE IF NOT EXISTS ${ident(table)} (
      ${ident(primaryKey)} text PRIMARY KEY,
      ${cols.map((c) => `${ident(c.name)} ${c.sqlType}`).join(",\n      ")}${cols.length ? "," : ""}
      "document" jsonb,
      "seq" bigint NOT NULL,
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE UNIQUE INDEX IF NOT EXISTS ${ident(`${table}_seq_idx`)} ON ${ident(table)} ("seq")`,
    `CREATE INDEX IF NOT EXISTS ${ident(`${table}_updated_at_idx`)} ON ${ident(table)} ("updated_at")`,
    ...cols.filter((c) => c.indexed).map((c) => `CREATE INDEX IF NOT EXISTS ${ident(`${table}_${c.name}_idx`.slice(0, 63))} ON ${ident(table)} (${ident(c.name)}) WHERE "document" IS NOT NULL`),
  ]
}

/** Upserts a JSON array of documents; a row whose document is unchanged is left alone (no new seq, nothing to sync). */
export function upsertSql(table: string, columns: Column[], primaryKey: string): string {
  const cols = columns.filter((c) => c.name !== primaryKey)
  const names = [primaryKey, ...cols.map((c) => c.name), "document", "seq"].map(ident).join(", ")
  return `INSERT INTO ${ident(table)} (${names})
    SELECT DISTINCT ON (d->>${literal(primaryKey)}) d->>${literal(primaryKey)}, ${cols.map((c) => c.extract).join(", ")}${cols.length ? "," : ""} d, nextval(${literal(ident(`${table}_seq`))})
    FROM jsonb_array_elements(?::jsonb) WITH ORDINALITY AS t(d, n)
    ORDER BY d->>${literal(primaryKey)}, n DESC
    ON CONFLICT (${ident(primaryKey)}) DO UPDATE SET
      ${[...cols.map((c) => c.name), "document", "seq"].map((n) => `${ident(n)} = EXCLUDED.${ident(n)}`).join(", ")}, "updated_at" = now()
    WHERE ${ident(table)}."document" IS DISTINCT FROM EXCLUDED."document"
    RETURNING ${ident(primaryKey)}`
}

/** Tombstones the given ids (or every live row when `ids` is null). */
export function deleteSql(table: string, primaryKey: string, all: boolean): string {
  return `UPDATE ${ident(table)} SET "document" = NULL, "seq" = nextval(${literal(ident(`${table}_seq`))}), "updated_at" = now()
    WHERE "document" IS NOT NULL ${all ? "" : `AND ${ident(primaryKey)} IN (SELECT jsonb_array_elements_text(?::jsonb))`}
    RETURNING ${ident(primaryKey)}`
}

export const lockSql = `SELECT pg_advisory_xact_lock(hashtext(?))`
export const notifySql = `SELECT pg_notify('${CHANNEL}', ?)`
export const changesSql = (table: string, primaryKey: string) =>
  `SELECT "seq", ${ident(primaryKey)} AS id, "document" FROM ${ident(table)} WHERE "seq" > ? ORDER BY "seq" LIMIT ?`
/**
 * Rows written in the last `?` seconds, whatever their seq: the safety net for
 * a transaction that committed after one with a higher seq (the lock makes
 * that impossible for this provider's writes; this keeps a replica right even
 * if something writes around it).
 */
export const recentSql = (table: string, primaryKey: string) =>
  `SELECT "seq", ${ident(primaryKey)} AS id, "document" FROM ${ident(table)} WHERE "updated_at" > now() - make_interval(secs => ?) ORDER BY "seq"`
export const dropSql = (table: string) => [`DROP TABLE IF EXISTS ${ident(table)}`, `DROP SEQUENCE IF EXISTS ${ident(`${table}_seq`)}`]
export const countSql = (table: string) => `SELECT count(*)::int AS n FROM ${ident(table)} WHERE "document" IS NOT NULL`

export const catalogSql = [
  `CREATE TABLE IF NOT EXISTS "${CATALOG}" (
    "name" text PRIMARY KEY,
    "table_name" text NOT NULL,
    "schema_hash" text NOT NULL,
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "updated_at" timestamptz NOT NULL DEFAULT now()
  )`,
]
