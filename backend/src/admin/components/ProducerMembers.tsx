import { Button, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useState } from "react"
import { adminFetch } from "../lib/api"
import { useAdminQuery, useInvalidateAdmin } from "../lib/useAdminQuery"
import { QueryState } from "./QueryState"

type Person = { id: string; email: string; name?: string | null; expires_at?: string }

// Who may sign in to the producer portal for this producer, and invitations
// not yet accepted; the link is shown so staff can also send it by phone.
export function ProducerMembers({ producerId }: { producerId: string }) {
  const path = `/admin/producers/${producerId}/invites`
  // a producer's few members and open invitations: read whole, not paged
  const query = useAdminQuery<{ members: Person[]; invites: Person[] }>(path)
  const invalidate = useInvalidateAdmin()
  const [email, setEmail] = useState("")
  const [link, setLink] = useState<string | null>(null)
  const inviting = useMutation({
    mutationFn: (to: string) => adminFetch<{ invite_url: string }>(path, { method: "POST", body: { email: to } }),
    onSuccess: (r) => {
      setLink(r.invite_url)
      setEmail("")
      void invalidate(path)
    },
    onError: (e) => toast.error(e.message),
  })
  const members = query.data?.members ?? []
  const invites = query.data?.invites ?? []
  return (
    <section className="flex flex-col gap-2" aria-labelledby="members-heading">
      <Heading level="h3" id="members-heading">Thành viên kênh người bán</Heading>
      <QueryState isPending={query.isPending} error={query.error} className="txt-small" />
      {query.data && (members.length === 0 ? <Text size="small">Chưa có thành viên.</Text> : <ul>{members.map((m) => <li key={m.id}>{m.name ? `${m.name} — ` : ""}{m.email}</li>)}</ul>)}
      {invites.length > 0 && <Text size="small">Lời mời đang chờ: {invites.map((i) => i.email).join(", ")}</Text>}
      <Label htmlFor="invite-email">Mời bằng e-mail</Label>
      <div className="flex gap-2">
        <Input id="invite-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <Button variant="secondary" onClick={() => inviting.mutate(email)} disabled={!email} isLoading={inviting.isPending}>Gửi lời mời</Button>
      </div>
      {link && <Text size="small" data-testid="invite-link">Liên kết mời (hiệu lực 14 ngày): <code className="break-all">{link}</code></Text>}
    </section>
  )
}
