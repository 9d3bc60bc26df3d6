import { useState } from "react"

/**
 * A staff action that calls the backend: `busy` while it runs (buttons
 * disabled), and the route's message handed to `onError` when it fails.
 */
export function useAction(onError: (message: string) => void) {
  const [busy, setBusy] = useState(false)
  async function run(work: () => Promise<void>) {
    setBusy(true)
    try {
      await work()
    } catch (e) {
      onError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return { busy, run }
}
