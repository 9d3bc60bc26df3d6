// What the public shop may see of each custom record; everything else
// (metadata, internal notes, e-mail addresses of households) stays staff-only.

export const PUBLIC_PRODUCER_FIELDS = [
  "id", "handle", "name", "type", "province", "ward", "address", "phone", "website", "story", "logo", "latitude", "longitude", "certifications",
]

export const PUBLIC_SALES_POINT_FIELDS = [
  "id", "handle", "name", "type", "province", "ward", "address", "latitude", "longitude", "opening_hours", "phone", "description",
]

export const PUBLIC_FAIR_FIELDS = [
  "id", "handle", "name", "starts_at", "ends_at", "venue", "address", "province", "latitude", "longitude", "organiser", "booth_count", "description",
]
