import { Button, Input, toast } from "@medusajs/ui"
import { useState } from "react"
import { moderate, type ModerationAction } from "../lib/api"

interface Props {
  productId: string
  title: string
  actions: ModerationAction[]
  /** where verification stands: staff verify or reject only a pending product (a rejected one waits for its producer to resubmit) */
  status?: "pending" | "verified" | "rejected"
  onDone: () => void
}

const LABEL: Record<ModerationAction, string> = { verify: "Xác minh", reject: "Từ chối", revoke: "Thu hồi chứng nhận" }

// Verify at once; reject and revoke need a reason the producer will read.
export function ModerationActions({ productId, title, actions: offered, status, onDone }: Props) {
  const actions = status && status !== "pending" ? offered.filter((a) => a === "revoke") : offered
  const [note, setNote] = useState("")
  const [busy, setBusy] = useState(false)
  const needsNote = actions.some((a) => a !== "verify")
  async function run(action: ModerationAction) {
    setBusy(true)
    try {
      await moderate(productId, action, action === "verify" ? undefined : note)
      toast.success(`${title}: ${LABEL[action].toLowerCase()} xong`)
      setNote("")
      onDone()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  if (!actions.length) return null
  return (
    <div className="flex flex-wrap items-center gap-2">
      {needsNote && (
        <Input size="small" placeholder="Lý do (gửi cho chủ thể)" aria-label={`Lý do cho ${title}`} value={note} onChange={(e) => setNote(e.target.value)} className="w-56" />
      )}
      {actions.map((a) => (
        <Button key={a} size="small" variant={a === "verify" ? "primary" : "danger"} disabled={busy} onClick={() => run(a)} aria-label={`${LABEL[a]}: ${title}`}>
          {LABEL[a]}
        </Button>
      ))}
    </div>
  )
}
