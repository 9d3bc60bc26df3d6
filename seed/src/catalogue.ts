// Turns the authored rows into complete records (handles, metadata,
// certificates, variants, stock). Pure: the same rows and day give the same catalogue.
import {
  addDays,
  addMonths,
  CERTIFICATE_VALID_MONTHS,
  EXPIRY_WARNING_DAYS,
  groupOfSubgroup,
  issuerName,
  legacyProvinceEndedOn,
  MINISTRY_RENAMED_ON,
  provinceByCode,
  provinceInitials,
  slugify,
  type OcopMetadata,
  gtinCheckDigit,
} from "@ocop/shared"
import { FAIRS } from "./data/fairs"
import { CENTRAL } from "./data/producers-central"
import { NORTH } from "./data/producers-north"
import { SOUTH } from "./data/producers-south"
import { SALES_POINTS } from "./data/sales-points"
import type { FairRow, ProducerRow, SalesPointRow } from "./types"

export const PRODUCER_ROWS: ProducerRow[] = [...NORTH, ...CENTRAL, ...SOUTH]

export interface SeedVariant {
  title: string
  sku: string
  price: number
  stock: number
  /** EAN-13 (Vietnam's GS1 prefix 893) on some products: their new stamps carry GS1 Digital Link URLs */
  ean?: string
}

export interface SeedProduct {
  handle: string
  title: string
  subtitle: string
  description: string
  producerHandle: string
  group: string
  metadata: OcopMetadata & { ocop_story: string }
  /** the code printed on its stamps before the OCOP registry existed: imported as a stamp serial */
  trace_code: string
  variants: SeedVariant[]
}

export interface SeedProducer extends Omit<ProducerRow, "products"> {
  handle: string
  /** which warehouse ships its products */
  warehouse: "north" | "south"
}

export interface SeedCatalogue {
  producers: SeedProducer[]
  products: SeedProduct[]
  salesPoints: (SalesPointRow & { handle: string; productHandles: string[] })[]
  fairs: (FairRow & { handle: string; starts_at: string; ends_at: string; exhibitors: { producerHandle: string; booth: string }[]; productHandles: string[] })[]
}

/** Small stable hash so stock and picks do not change between runs. */
export function stableHash(text: string): number {
  let h = 2166136261
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619)
  return h >>> 0
}

const MULTIPACK_GROUPS = new Set(["food", "beverage", "herbal"])

function certificate(i: number, stars: number, provinceCode: string, legacy: string | undefined, today: string) {
  let issued: string
  if (i % 19 === 7) {
    issued = addDays(addMonths(today, -CERTIFICATE_VALID_MONTHS), -(20 + (i % 200))) // expired
  } else if (i % 23 === 11) {
    issued = addDays(addMonths(today, -CERTIFICATE_VALID_MONTHS), 10 + (i % 40)) // expires within 60 days
  } else {
    issued = addMonths(today, -(1 + ((i * 7) % 30)))
  }
  const national = stars === 5
  // a former province is named only on a certificate issued before its merger (1 July 2025; Huế
  // 1 January 2025): a producer of a former province got its certificate before the merger
  // while such a certificate can still be in date (36 months), so searching the old name finds it
  const endedOn = legacy ? legacyProvinceEndedOn(legacy) : undefined
  if (endedOn && issued >= endedOn) {
    const before = addDays(endedOn, -(1 + (i % 60)))
    if (before > addDays(addMonths(today, -CERTIFICATE_VALID_MONTHS), EXPIRY_WARNING_DAYS + 10)) issued = before
  }
  const legacyNamed = legacy && endedOn && issued < endedOn ? legacy : undefined
  return {
    number: `${100 + ((i * 37) % 900)}/QĐ-${national ? (issued < MINISTRY_RENAMED_ON ? "BNNPTNT" : "BNNMT") : "UBND"}`,
    issued_at: issued,
    expires_at: addMonths(issued, CERTIFICATE_VALID_MONTHS),
    // 5★ by the ministry of the day; 3–4★ by the province (UBND thành phố for the six centrally-run cities)
    issuer: issuerName({ province: provinceCode, legacy_province: legacyNamed, issued_at: issued, central: national }),
    legacy: legacyNamed,
  }
}

function score(i: number, stars: number): number {
  return stars === 5 ? 90 + (i % 11) : stars === 4 ? 70 + (i % 20) : 50 + (i % 20)
}

export function buildCatalogue(today: string): SeedCatalogue {
  const producers: SeedProducer[] = []
  const products: SeedProduct[] = []
  const handles = new Set<string>()
  let i = 0

  for (const row of PRODUCER_ROWS) {
    const { products: rows, ...producer } = row
    const producerHandle = slugify(producer.name)
    producers.push({ ...producer, handle: producerHandle, warehouse: NORTH.includes(row) ? "north" : "south" })
    for (const [title, subgroup, stars, price, unit, phrase] of rows) {
      const group = groupOfSubgroup(subgroup)
      if (!group) throw new Error(`Unknown subgroup ${subgroup} for ${title}`)
      let handle = slugify(title)
      while (handles.has(handle)) handle += "-" + provinceInitials(producer.province).toLowerCase()
      handles.add(handle)
      const province = provinceByCode(producer.province)!
      const n = i + 1
      const stock = stableHash(handle) % 100 < 6 ? 0 : 5 + (stableHash(handle + "stock") % 195)
      const ean12 = `893${String(stableHash(producer.name) % 10000).padStart(4, "0")}${String(n).padStart(5, "0")}`
      const ean = n % 3 === 0 ? `${ean12}${gtinCheckDigit(ean12)}` : undefined
      const variants: SeedVariant[] = [{ title: unit, sku: `OCOP-${String(n).padStart(4, "0")}-1`, price, stock, ...(ean ? { ean } : {}) }]
      if (MULTIPACK_GROUPS.has(group.code) && price < 5000000) {
        variants.push({
          title: `Combo 3 × ${unit}`,
          sku: `OCOP-${String(n).padStart(4, "0")}-3`,
          price: Math.round((price * 3 * 0.92) / 1000) * 1000,
          stock: Math.floor(stock / 3),
        })
      }
      const { legacy: _legacy, ...certificate_ } = certificate(i, stars, producer.province, producer.legacy, today)
      const cert = { legacy: _legacy }
      const metadata = {
        ocop_stars: stars,
        ocop_score: score(i, stars),
        ocop_province: producer.province,
        ...(cert.legacy ? { ocop_legacy_province: cert.legacy } : {}),
        ocop_group: group.code,
        ocop_subgroup: subgroup,
        ocop_certificate: certificate_,
        ocop_story: `${producer.story} ${capitalise(phrase)}.`,
      }
      products.push({
        handle,
        title,
        subtitle: capitalise(phrase),
        description: `${title}: ${phrase}. Sản phẩm OCOP ${stars} sao của ${producer.name}, ${province.name}${
          producer.legacy ? ` (trước đây là ${producer.legacy})` : ""
        }. Quy cách: ${unit}.`,
        producerHandle,
        group: group.code,
        metadata,
        trace_code: `${provinceInitials(producer.province)}-${today.slice(0, 4)}-${String(n).padStart(4, "0")}`,
        variants,
      })
      i++
    }
  }

  const salesPoints = SALES_POINTS.map((sp) => ({
    ...sp,
    handle: slugify(sp.name),
    productHandles: pickForSalesPoint(sp, products, producers),
  }))

  const fairs = FAIRS.map((f) => {
    const exhibitors = producers
      .filter((p) => f.exhibitorProvinces.includes(p.province))
      .map((p, idx) => ({ producerHandle: p.handle, booth: `${String.fromCharCode(65 + Math.floor(idx / 20))}${String((idx % 20) + 1).padStart(2, "0")}` }))
    const productHandles = exhibitors.flatMap((e) =>
      products.filter((p) => p.producerHandle === e.producerHandle).slice(0, 3).map((p) => p.handle)
    )
    return {
      ...f,
      handle: slugify(f.name),
      starts_at: addDays(today, f.startOffset) + "T08:00:00+07:00",
      ends_at: addDays(today, f.startOffset + f.days - 1) + "T21:00:00+07:00",
      exhibitors,
      productHandles,
    }
  })

  return { producers, products, salesPoints, fairs }
}

// The province's own products of the groups it sells; centres in the big
// cities also carry a selection from other provinces.
const BIG_CITIES = new Set(["ha-noi", "ho-chi-minh", "da-nang", "quang-ninh"])

function pickForSalesPoint(sp: SalesPointRow, products: SeedProduct[], producers: SeedProducer[]): string[] {
  const provinceOf = new Map(producers.map((p) => [p.handle, p.province]))
  const eligible = products.filter((p) => sp.groups.includes(p.group))
  const local = eligible.filter((p) => provinceOf.get(p.producerHandle) === sp.province)
  const wantOthers = BIG_CITIES.has(sp.province) || local.length < 8 ? 24 : 0
  const others = eligible
    .filter((p) => provinceOf.get(p.producerHandle) !== sp.province)
    .sort((a, b) => stableHash(sp.name + a.handle) - stableHash(sp.name + b.handle))
    .slice(0, wantOthers)
  return [...local, ...others].map((p) => p.handle)
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
