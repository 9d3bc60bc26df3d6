// A few lists change rarely and appear on many pages (collections, fairs,
// producer names): each is kept for a short while instead of being fetched
// for every page view. Failed fetches are not kept.
const entries = new Map<string, { at: number; value: Promise<unknown> }>()

export function memo<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const hit = entries.get(key)
  if (hit && Date.now() - hit.at < ttlMs) return hit.value as Promise<T>
  const value = load()
  entries.set(key, { at: Date.now(), value })
  value.catch(() => entries.delete(key))
  return value
}
