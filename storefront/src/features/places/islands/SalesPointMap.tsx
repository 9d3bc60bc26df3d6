import type { CircleMarker, Map as LeafletMap } from "leaflet"
import "leaflet/dist/leaflet.css"
import { useEffect, useRef, useState } from "react"

export interface MapPoint {
  handle: string
  name: string
  address: string
  latitude: number
  longitude: number
  href: string
}

interface Props {
  points: MapPoint[]
  here: { lat: number; lng: number } | null
  labels: { map: string; unavailable: string; you: string }
}

const VIETNAM_CENTRE: [number, number] = [16.0, 106.5]

// The map beside the server-rendered list; the list stays complete when tiles
// cannot load, so the map only adds a picture of where the points are.
export default function SalesPointMap({ points, here, labels }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const [tilesFailed, setTilesFailed] = useState(false)

  useEffect(() => {
    let map: LeafletMap | undefined
    let cancelled = false
    import("leaflet").then((L) => {
      if (cancelled || !box.current) return
      map = L.map(box.current, { scrollWheelZoom: false }).setView(VIETNAM_CENTRE, 5)
      L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
        maxZoom: 18,
        attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
      })
        .on("tileerror", () => setTilesFailed(true))
        .addTo(map)
      const markers: CircleMarker[] = points.map((p) => {
        const link = document.createElement("a")
        link.href = p.href
        link.textContent = p.name
        const popup = document.createElement("div")
        popup.append(link, document.createElement("br"), p.address)
        return L.circleMarker([p.latitude, p.longitude], { radius: 8, color: "#1f5f3a", fillOpacity: 0.8 })
          .bindPopup(popup)
          .bindTooltip(p.name)
          .addTo(map!)
      })
      if (here) markers.push(L.circleMarker([here.lat, here.lng], { radius: 9, color: "#8a5a00", fillOpacity: 0.9 }).bindTooltip(labels.you).addTo(map))
      if (markers.length) map.fitBounds(L.featureGroup(markers).getBounds(), { padding: [24, 24], maxZoom: 13 })
    })
    return () => {
      cancelled = true
      map?.remove()
    }
  }, [points, here])

  return (
    <figure className="sp-map">
      <div ref={box} className="sp-map__canvas" role="region" aria-label={labels.map} data-testid="sales-point-map" data-points={points.length} />
      {tilesFailed && <figcaption className="note">{labels.unavailable}</figcaption>}
    </figure>
  )
}
