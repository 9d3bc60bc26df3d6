import { z } from "zod"

export const FairCatalogueSchema = z
  .object({
    exhibitors: z
      .array(
        z
          .object({
            producer_id: z.string().regex(/^pdc_/, { error: "must be a producer id (pdc_…)" }),
            booth: z.string().trim().max(20, { error: "must be at most 20 characters" }).nullish(),
          })
          .strict()
      )
      .max(500)
      .refine((es) => new Set(es.map((e) => e.producer_id)).size === es.length, { error: "lists a producer twice" })
      .refine((es) => {
        const booths = es.map((e) => e.booth).filter(Boolean)
        return new Set(booths).size === booths.length
      }, { error: "gives two exhibitors the same booth" }),
    product_ids: z
      .array(z.string().regex(/^prod_/, { error: "must be a product id (prod_…)" }))
      .max(2000)
      .refine((ids) => new Set(ids).size === ids.length, { error: "lists a product twice" }),
  })
  .strict()

export type FairCatalogue = z.infer<typeof FairCatalogueSchema>
