import { Button, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "../lib/api"

type Person = { id: string; email: string; name?: string | null; expires_at?: string }

// Who may sign in to the producer portal for this producer, and invitations
// not yet accepted; the link is shown so staff can also send it by phone.
export function ProducerMembers({ producerId }: { producerId: string }) {
  const [members, setMembers] = useState<Person[]>([])
  const [invites, setInvites] = useState<Person[]>([])
  const [email, setEmail] = useState("")
  const [link, setLink] = useState<string | null>(null)
  const load = useCallback(() => {
    adminFetch<{ members: Person[]; invites: Person[] }>(`/admin/producers/${producerId}/invites`).then((r) => {
      setMembers(r.members)
      setInvites(r.invites)
    })
  }, [producerId])
  useEffect(load, [load])
  async function invite() {
    try {
      const r = await adminFetch<{ invite_url: string }>(`/admin/producers/${producerId}/invites`, { method: "POST", body: { email } })
      setLink(r.invite_url)
      setEmail("")
      load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  return (
    <section className="flex flex-col gap-2" aria-labelledby="members-heading">
      <Heading level="h3" id="members-heading">Thành viên kênh người bán</Heading>
      {members.length === 0 ? <Text size="small">Chưa có thành viên.</Text> : <ul>{members.map((m) => <li key={m.id}>{m.name ? `${m.name} — ` : ""}{m.email}</li>)}</ul>}
      {invites.length > 0 && <Text size="small">Lời mời đang chờ: {invites.map((i) => i.email).join(", ")}</Text>}
      <Label htmlFor="invite-email">Mời bằng e-mail</Label>
      <div className="flex gap-2">
        <Input id="invite-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <Button variant="secondary" onClick={invite} disabled={!email}>Gửi lời mời</Button>
      </div>
      {link && <Text size="small" data-testid="invite-link">Liên kết mời (hiệu lực 14 ngày): <code className="break-all">{link}</code></Text>}
    </section>
  )
}
