import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import { compileFilters, primaryKeyIds } from "./filters"
import { forget, replicaOf, replicaVersion, syncTable } from "./listener"
import { answerMany } from "./query"
import { Replica, type Execute } from "./replica"
import {
  CATALOG, catalogSql, columnsOf, countSql, createTableSql, deleteSql, dropSql, lockSql, notifySql, schemaHash, tableName, upsertSql,
} from "./table"

type Manager = { getKnex(): Knex }
type Raw = { raw(sql: string, params: unknown[]): Promise<{ rows: Record<string, unknown>[] }> }
type Knex = Raw & { transaction<T>(run: (trx: Raw) => Promise<T>): Promise<T>; client: { acquireRawConnection(): Promise<never> } }
/** What a write runs its statements on. */
type Statements = { execute(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]> }

export const OCOP_SEARCH_PROVIDER = "ocop-search"

/**
 * The shop's embedded search: a typed Postgres table per index as the source
 * of truth (table.ts) and an in-memory replica per process answering every
 * query (replica.ts, query.ts, text.ts). See README.md for why.
 */
export class OcopSearchService extends AbstractSearchProviderService {
  static identifier = OCOP_SEARCH_PROVIDER
  private manager: Manager
  private logger: Logger

  constructor({ manager, logger }: { manager: Manager; logger: Logger }) {
    super()
    this.manager = manager
    this.logger = logger
  }

  // Straight on the connection pool, never on the entity manager: a search
  // ingestion runs inside the async context of the write that caused it, and
  // the manager would join that (other module's, still open) transaction —
  // the replica would then read rows that are not committed, or never will be.
  private get knex(): Knex {
    return this.manager.getKnex()
  }

  private execute: Execute = async (sql, params = []) => (await this.knex.raw(sql, params)).rows

  private async transaction<T>(run: (m: Statements) => Promise<T>): Promise<T> {
    return this.knex.transaction((trx) => run({ execute: async (sql, params = []) => (await trx.raw(sql, params)).rows }))
  }

  private async catalog(index: string): Promise<{ table_name: string } | undefined> {
    const [row] = await this.execute(`SELECT "table_name" FROM "${CATALOG}" WHERE "name" = ?`, [index])
    return row as { table_name: string } | undefined
  }

  /** This process's replica of a physical index, loaded on first use. */
  private async replica(definition: SearchTypes.ResolvedSearchIndexDefinition): Promise<Replica> {
    const table = tableName(definition.physical_name)
    const searchable = Object.fromEntries(
      Object.entries(definition.fields)
        .filter(([, f]) => f.searchable)
        .map(([name, f]) => [name, typeof f.searchable === "object" ? f.searchable.weight ?? 1 : 1])
    )
    const replica = replicaOf(table, () => new Replica(table, definition.primary_key, searchable, this.execute), this.knex, this.logger)
    await replica.ready()
    return replica
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const columns = columnsOf(index)
    const table = tableName(index.physical_name)
    const hash = schemaHash(columns, index.primary_key)
    await this.transaction(async (m) => {
      for (const sql of catalogSql) await m.execute(sql)
      const [existing] = await m.execute(`SELECT "schema_hash" FROM "${CATALOG}" WHERE "name" = ?`, [index.physical_name])
      if (existing && existing.schema_hash !== hash) {
        for (const sql of dropSql(table)) await m.execute(sql)
        forget(table)
      }
      for (const sql of createTableSql(table, columns, index.primary_key)) await m.execute(sql)
      await m.execute(
        `INSERT INTO "${CATALOG}" ("name", "table_name", "schema_hash") VALUES (?, ?, ?)
         ON CONFLICT ("name") DO UPDATE SET "table_name" = EXCLUDED."table_name", "schema_hash" = EXCLUDED."schema_hash", "updated_at" = now()`,
        [index.physical_name, table, hash]
      )
    })
    return { index: index.physical_name, status: "succeeded" }
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const table = (await this.catalog(index))?.table_name
    if (table) {
      for (const sql of dropSql(table)) await this.execute(sql)
      await this.execute(`DELETE FROM "${CATALOG}" WHERE "name" = ?`, [index])
      forget(table)
    }
    return { index, status: "succeeded" }
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    await this.execute(catalogSql[0])
    const rows = await this.execute(`SELECT * FROM "${CATALOG}" ORDER BY "name"`)
    return Promise.all(
      rows.map(async (row) => ({
        name: String(row.name),
        provider: OCOP_SEARCH_PROVIDER,
        document_count: Number((await this.execute(countSql(String(row.table_name))))[0].n),
        created_at: new Date(row.created_at as string),
        updated_at: new Date(row.updated_at as string),
      }))
    )
  }

  /** Runs a write under the table's lock, tells the other instances, then catches this process's replica up. */
  private async write(index: string, run: (m: Statements, table: string) => Promise<number>): Promise<SearchTypes.SearchTask> {
    const table = (await this.catalog(index))?.table_name
    if (!table) throw new MedusaError(MedusaError.Types.NOT_FOUND, `The OCOP search provider has no index "${index}"`)
    const changed = await this.transaction(async (m) => {
      await m.execute(lockSql, [table])
      const n = await run(m, table)
      if (n) await m.execute(notifySql, [table])
      return n
    })
    if (changed) await syncTable(table)
    return { index, status: "succeeded" }
  }

  async upsertDocuments({ index, definition, documents }: { index: string; definition: SearchTypes.ResolvedSearchIndexDefinition; documents: SearchTypes.SearchDocument[] }) {
    if (!documents.length) return { index, status: "succeeded" as const }
    const columns = columnsOf(definition)
    return this.write(index, async (m, table) => (await m.execute(upsertSql(table, columns, definition.primary_key), [JSON.stringify(documents)])).length)
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const primaryKey = "id" // every index of this shop is keyed by id (the deletion input carries no definition)
    let ids = primaryKeyIds(filters, primaryKey)
    if (!ids) {
      const replica = replicaOf(tableName(index), () => {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Deleting from "${index}" by filters other than its ids needs the index loaded; search it once first`)
      }, undefined, this.logger)
      const test = compileFilters(filters)
      ids = replica.docs.filter((d) => d && test(d)).map((d) => String(d[primaryKey]))
    }
    if (!ids.length) return { index, status: "succeeded" }
    return this.write(index, async (m, table) => (await m.execute(deleteSql(table, primaryKey, false), [JSON.stringify(ids)])).length)
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    return this.write(index, async (m, table) => (await m.execute(deleteSql(table, "id", true))).length)
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    return (await this.searchMany([input]))[0]
  }

  /** A search and its relaxed facet variants (the Search Module's disjunctive facets) are answered in one pass. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const byIndex = new Map<string, number[]>()
    inputs.forEach((input, i) => byIndex.set(input.index.physical_name, [...(byIndex.get(input.index.physical_name) ?? []), i]))
    const results: SearchTypes.SearchResult[] = new Array(inputs.length)
    for (const members of byIndex.values()) {
      const replica = await this.replica(inputs[members[0]].index)
      answerMany(replica, members.map((i) => inputs[i])).forEach((r, k) => (results[members[k]] = r))
    }
    return results
  }
}

/** What this process's replicas answer from, as a cache key part (lib/search/result-cache.ts); undefined before the first load. */
export const searchReplicaVersion = () => replicaVersion()
