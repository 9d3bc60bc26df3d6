import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { adminHeaders } from "../helpers"
import { producerSession, SAMPLE_PDF, samplePhoto, upload } from "../producer"

jest.setTimeout(10 * 60 * 1000)

// The same spec runs on the backend's own disk (the main pass) and, with
// S3_BUCKET and S3_ENDPOINT set, on an S3-compatible server (npm test starts
// s3rver for that pass): what a producer uploads is served from the store the
// shop is configured with, and deleting it removes it there.
const s3 = process.env.S3_BUCKET ? { bucket: process.env.S3_BUCKET, fileUrl: process.env.S3_FILE_URL! } : null

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let member: { auth: { headers: Record<string, string> } }

    /** Reads a stored file the way a shopper's browser does. */
    async function download(url: string): Promise<{ status: number; type: string | null; body: Buffer }> {
      if (s3) {
        const res = await fetch(url)
        return { status: res.status, type: res.headers.get("content-type"), body: Buffer.from(await res.arrayBuffer()) }
      }
      // local files are served by the backend under /static (the URL names the configured port, not the test's)
      const res = await api.get(new URL(url).pathname, { responseType: "arraybuffer", validateStatus: () => true })
      return { status: res.status, type: res.headers["content-type"] ?? null, body: Buffer.from(res.data) }
    }

    beforeAll(async () => {
      const admin = await adminHeaders(getContainer())
      const { data } = await api.post("/admin/producers", { handle: "htx-che-tan-cuong", name: "HTX Chè Tân Cương", type: "cooperative", province: "thai-nguyen" }, admin)
      member = await producerSession(api, admin, data.producer.id, "kho-anh@tancuong.test")
    })

    it(`keeps producers' photos and scans in ${s3 ? "the S3 bucket" : "the backend's static folder"}, served as uploaded, and deletes them there`, async () => {
      const photo = (await upload(api, member.auth, "image", "đồi chè.png", "image/png", await samplePhoto(1600, 1200))).data.file
      const scan = (await upload(api, member.auth, "certificate", "giấy chứng nhận.pdf", "application/pdf", SAMPLE_PDF)).data.file
      for (const url of [photo.url, photo.thumbnail_url, scan.url]) {
        if (s3) expect(url.startsWith(`${s3.fileUrl}/ocop/`)).toBe(true)
        else expect(new URL(url).pathname).toMatch(/^\/static\//)
      }

      const big = await download(photo.url)
      expect(big.status).toBe(200)
      expect(big.type).toMatch(/image\/webp/)
      expect(await sharp(big.body).metadata()).toMatchObject({ format: "webp", width: 800, height: 600 })
      const thumb = await download(photo.thumbnail_url)
      expect((await sharp(thumb.body).metadata()).width).toBe(400)
      const pdf = await download(scan.url)
      expect(pdf.status).toBe(200)
      expect(pdf.body.equals(SAMPLE_PDF)).toBe(true)

      await api.delete(`/producer/files/${photo.id}`, member.auth)
      expect((await download(photo.url)).status).toBe(404)
      expect((await download(photo.thumbnail_url)).status).toBe(404)
      expect((await download(scan.url)).status).toBe(200)
    })
  },
})
