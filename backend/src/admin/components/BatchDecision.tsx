import { Button, Input, toast } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useState } from "react"
import { decideBatch } from "../lib/registry"

// A producer's stamp request: issue it (serials are created at once) or
// decline it with a reason the producer reads in the portal.
export function BatchDecision({ batchId, title, onDone }: { batchId: string; title: string; onDone: () => void }) {
  const [note, setNote] = useState("")
  const deciding = useMutation({
    mutationFn: (action: "issue" | "decline") => decideBatch(batchId, action, note.trim() || undefined),
    onSuccess: (_, action) => {
      toast.success(action === "issue" ? `${title}: đã phát hành tem` : `${title}: đã từ chối yêu cầu`)
      setNote("")
      onDone()
    },
    onError: (e) => toast.error(e.message),
  })
  const busy = deciding.isPending
  function decide(action: "issue" | "decline") {
    if (action === "decline" && note.trim().length < 5) {
      toast.error("Nhập lý do từ chối (ít nhất 5 ký tự) để chủ thể biết cần sửa gì")
      return
    }
    deciding.mutate(action)
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Input size="small" className="w-48" placeholder="Lý do từ chối" aria-label={`Lý do từ chối: ${title}`} value={note} onChange={(e) => setNote(e.target.value)} />
      <Button size="small" disabled={busy} onClick={() => decide("issue")} aria-label={`Phát hành: ${title}`}>Phát hành</Button>
      <Button size="small" variant="danger" disabled={busy} onClick={() => decide("decline")} aria-label={`Từ chối: ${title}`}>Từ chối</Button>
    </div>
  )
}
