import { Button, Input, toast } from "@medusajs/ui"
import { useState } from "react"
import { moderate, type ModerationAction } from "../lib/api"

interface Props {
  productId: string
  title: string
  actions: ModerationAction[]
  onDone: () => void
}

const LABEL: Record<ModerationAction, string> = { verify: "Xác minh", reject: "Từ chối", revoke: "Thu hồi chứng nhận" }

// Verify at once; reject and revoke need a reason the producer will read.
export function ModerationActions({ productId, title, actions, onDone }: Props) {
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
