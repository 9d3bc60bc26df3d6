import { z } from "zod"

// What staff type when they record a certificate: the facts on the paper.
// The OCOP rules themselves (36 months, score ↔ stars, subgroup of group,
// current provinces) are the shared metadata schema's, checked in the route.
export const RecordCertificateSchema = z
  .object({
    number: z.string(),
    issuer: z.string(),
    issued_at: z.string(),
    expires_at: z.string(),
    scan_url: z.string().optional(),
    stars: z.union([z.number(), z.string()]),
    score: z.number().int().optional(),
    group: z.string(),
    subgroup: z.string(),
    province: z.string(),
    legacy_province: z.string().optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict()

export type RecordCertificate = z.infer<typeof RecordCertificateSchema>
