/**
 * The query.graph filters the public lists of producers and sales points share:
 * a province and a type, each only when asked for.
 */
export function provinceAndTypeFilters(p: { province?: string; type?: string }): Record<string, unknown> {
  return {
    ...(p.province ? { province: p.province } : {}),
    ...(p.type ? { type: p.type } : {}),
  }
}
