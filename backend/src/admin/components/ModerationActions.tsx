import { Button, Input, toast } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
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
  const needsNote = actions.some((a) => a !== "verify")
  const moderating = useMutation({
    mutationFn: (action: ModerationAction) => moderate(productId, action, action === "verify" ? undefined : note),
    onSuccess: (_, action) => {
      toast.success(`${title}: ${LABEL[action].toLowerCase()} xong`)
      setNote("")
      onDone()
    },
    onError: (e) => toast.error(e.message),
  })
  if (!actions.length) return null
  return (
    <div className="flex flex-wrap items-center gap-2">
      {needsNote && (
        <Input size="small" placeholder="Lý do (gửi cho chủ thể)" aria-label={`Lý do cho ${title}`} value={note} onChange={(e) => setNote(e.target.value)} className="w-56" />
      )}
      {actions.map((a) => (
        <Button key={a} size="small" variant={a === "verify" ? "primary" : "danger"} disabled={moderating.isPending} onClick={() => moderating.mutate(a)} aria-label={`${LABEL[a]}: ${title}`}>
          {LABEL[a]}
        </Button>
      ))}
    </div>
  )
}
