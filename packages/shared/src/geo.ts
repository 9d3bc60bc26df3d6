// Distances for "near me" (sales points, fairs): great-circle, in kilometres.

export interface LatLng {
  lat: number
  lng: number
}

const EARTH_RADIUS_KM = 6371

export function distanceKm(a: LatLng, b: LatLng): number {
  const rad = (d: number) => (d * Math.PI) / 180
  const dLat = rad(b.lat - a.lat)
  const dLng = rad(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Vietnam's mainland and islands, generously: a location outside is a mistake, not a customer. */
export const VIETNAM_BOUNDS = { minLat: 6, maxLat: 24, minLng: 100, maxLng: 118 }

export type FairStatus = "upcoming" | "current" | "past"

export function fairStatus(fair: { starts_at: string | Date; ends_at: string | Date }, now = new Date()): FairStatus {
  if (new Date(fair.ends_at) < now) return "past"
  if (new Date(fair.starts_at) > now) return "upcoming"
  return "current"
}
