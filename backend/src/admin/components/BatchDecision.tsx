import { Button, Input, toast } from "@medusajs/ui"
import { useState } from "react"
import { decideBatch } from "../lib/registry"
import { useAction } from "../lib/useAction"

// A producer's stamp request: issue it (serials are created at once) or
// decline it with a reason the producer reads in the portal.
export function BatchDecision({ batchId, title, onDone }: { batchId: string; title: string; onDone: () => void }) {
  const [note, setNote] = useState("")
  const { busy, run } = useAction((message) => toast.error(message))
  async function decide(action: "issue" | "decline") {
    if (action === "decline" && note.trim().length < 5) {
      toast.error("Nhập lý do từ chối (ít nhất 5 ký tự) để chủ thể biết cần sửa gì")
      return
    }
    await run(async () => {
      await decideBatch(batchId, action, note.trim() || undefined)
      toast.success(action === "issue" ? `${title}: đã phát hành tem` : `${title}: đã từ chối yêu cầu`)
      setNote("")
      onDone()
    })
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Input size="small" className="w-48" placeholder="Lý do từ chối" aria-label={`Lý do từ chối: ${title}`} value={note} onChange={(e) => setNote(e.target.value)} />
      <Button size="small" disabled={busy} onClick={() => decide("issue")} aria-label={`Phát hành: ${title}`}>Phát hành</Button>
      <Button size="small" variant="danger" disabled={busy} onClick={() => decide("decline")} aria-label={`Từ chối: ${title}`}>Từ chối</Button>
    </div>
  )
}
