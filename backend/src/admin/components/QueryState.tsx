import { Text } from "@medusajs/ui"

// What a panel shows before its data: "loading" on the first read, the route's message when it
// failed. Nothing once the data is there (a refetch keeps the rows on screen).
export function QueryState({ isPending, error, className = "px-6 py-4" }: { isPending: boolean; error: Error | string | null; className?: string }) {
  if (error) return <Text role="alert" className={`${className} text-ui-fg-error`}>{typeof error === "string" ? error : error.message}</Text>
  if (isPending) return <Text className={`${className} text-ui-fg-subtle`}>Đang tải…</Text>
  return null
}
