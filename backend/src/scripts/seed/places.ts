import type { MedusaContainer } from "@medusajs/framework"
import type { SeedCatalogue } from "@ocop/seed"
import { createFairsWorkflow } from "../../workflows/fair/create-fairs"
import { createSalesPointsWorkflow } from "../../workflows/sales-point/create-sales-points"
import { existingHandles } from "./existing"

export async function ensureSalesPoints(container: MedusaContainer, cat: SeedCatalogue, productIds: Map<string, string>) {
  const have = await existingHandles(container, "sales_point", cat.salesPoints.map((s) => s.handle))
  const missing = cat.salesPoints.filter((s) => !have.has(s.handle))
  if (!missing.length) return
  await createSalesPointsWorkflow(container).run({
    input: {
      sales_points: missing.map((s) => ({
        handle: s.handle,
        name: s.name,
        type: s.type,
        province: s.province,
        ward: s.ward,
        address: s.address,
        latitude: s.lat,
        longitude: s.lng,
        opening_hours: s.hours,
        phone: s.phone,
        product_ids: s.productHandles.map((h) => productIds.get(h)!).filter(Boolean),
      })),
    },
  })
}

export async function ensureFairs(
  container: MedusaContainer,
  cat: SeedCatalogue,
  productIds: Map<string, string>,
  producerIds: Map<string, string>
) {
  const have = await existingHandles(container, "fair", cat.fairs.map((f) => f.handle))
  const missing = cat.fairs.filter((f) => !have.has(f.handle))
  if (!missing.length) return
  await createFairsWorkflow(container).run({
    input: {
      fairs: missing.map((f) => ({
        handle: f.handle,
        name: f.name,
        starts_at: new Date(f.starts_at),
        ends_at: new Date(f.ends_at),
        venue: f.venue,
        address: f.address,
        province: f.province,
        latitude: f.lat,
        longitude: f.lng,
        organiser: f.organiser,
        booth_count: f.booths,
        description: f.description,
        published: true,
        exhibitors: f.exhibitors.map((e) => ({ producer_id: producerIds.get(e.producerHandle)!, booth: e.booth })),
        product_ids: f.productHandles.map((h) => productIds.get(h)!).filter(Boolean),
      })),
    },
  })
}
