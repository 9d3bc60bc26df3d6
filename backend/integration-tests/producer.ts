import sharp from "sharp"

// The test runner's HTTP client answers JSON bodies as axios types them (any): the specs read
// them field by field and assert their shape, which is what they test.
type Api = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON body, see above
  get(path: string, config?: unknown): Promise<{ data: any }>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON body, see above
  post(path: string, body: unknown, config?: unknown): Promise<{ data: any }>
}

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

/**
 * What an invited producer member does: registers a login, accepts the
 * invitation with it, and swaps the token for one that names the member.
 */
export async function producerSession(api: Api, admin: unknown, producerId: string, email: string, password = "mat-khau-9") {
  const { data: invited } = await api.post(`/admin/producers/${producerId}/invites`, { email }, admin)
  const token = new URL(invited.invite_url).searchParams.get("token")!
  const { data: reg } = await api.post("/auth/producer/emailpass/register", { email, password })
  await api.post("/producer-invites/accept", { token, name: email.split("@")[0] }, bearer(reg.token))
  const { data: login } = await api.post("/auth/producer/emailpass", { email, password })
  return { token: login.token as string, inviteToken: token, auth: bearer(login.token) }
}

/** A real photo-sized PNG (sharp-encoded), as a phone would upload. */
export async function samplePhoto(width = 640, height = 480): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 160, b: 60 } } }).png().toBuffer()
}

export const SAMPLE_PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

export async function upload(api: Api, auth: { headers: Record<string, string> }, kind: string, name: string, type: string, content: Buffer) {
  const form = new FormData()
  form.append("file", new Blob([new Uint8Array(content)], { type }), name)
  return api.post(`/producer/files?kind=${kind}`, form, auth)
}

export function producerProduct(overrides: Record<string, unknown> = {}) {
  return {
    title: "Mật ong hoa nhãn Hưng Yên",
    subtitle: "Hũ thủy tinh",
    description: "<p>Mật ong <strong>nguyên chất</strong> từ vườn nhãn.</p>",
    story: "Ba thế hệ nuôi ong bên sông Luộc.",
    image_ids: [],
    variants: [
      { title: "Hũ 500 g", price: 185000, stock: 40 },
      { title: "Hũ 1 kg", price: 340000, stock: 12 },
    ],
    ocop: {
      ocop_stars: 4,
      ocop_province: "hung-yen",
      ocop_group: "food",
      ocop_subgroup: "processed",
      ocop_certificate: { number: "2201/QĐ-UBND", issued_at: "2025-06-01", expires_at: "2028-06-01", issuer: "UBND tỉnh Hưng Yên" },
    },
    ...overrides,
  }
}
