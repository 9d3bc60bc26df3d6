import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import sharp from "sharp"

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
const SCAN_TYPES = ["application/pdf", "image/jpeg", "image/png", "image/webp"]

export interface Upload {
  originalname: string
  mimetype: string
  buffer: Buffer
  size: number
}

const bad = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

function baseName(name: string): string {
  const stem = name.replace(/\.[^.]*$/, "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d")
  return stem.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).toLowerCase() || "file"
}

/**
 * Photos are decoded and re-encoded once here (800 px and 400 px WebP, EXIF
 * rotation applied, camera metadata dropped), so pages never resize. A file
 * that does not decode as an image is refused.
 */
async function encodePhoto(upload: Upload) {
  try {
    const base = sharp(upload.buffer, { failOn: "error", limitInputPixels: 50_000_000 }).rotate()
    const meta = await base.metadata()
    if (!meta.width || !meta.height) throw new Error("no size")
    if (Math.min(meta.width, meta.height) < 300) throw bad(`Photo ${upload.originalname} is ${meta.width}×${meta.height} px: use one at least 300 px on each side`)
    const [main, thumb] = await Promise.all(
      [800, 400].map((w) => base.clone().resize(w, w, { fit: "inside", withoutEnlargement: true }).webp({ quality: 78 }).toBuffer())
    )
    return { main, thumb }
  } catch (e) {
    if (e instanceof MedusaError) throw e
    throw bad(`File ${upload.originalname} is not a photo we can read: upload a JPEG, PNG, WebP or AVIF image`)
  }
}

function checkScan(upload: Upload) {
  const isPdf = upload.buffer.subarray(0, 5).toString("latin1") === "%PDF-"
  if (!SCAN_TYPES.includes(upload.mimetype) || (upload.mimetype === "application/pdf" && !isPdf)) {
    throw bad(`Certificate scan ${upload.originalname} must be a PDF, JPEG, PNG or WebP file`)
  }
}

export async function storeUpload(container: MedusaContainer, producerId: string, kind: "image" | "certificate", upload: Upload) {
  const files = container.resolve(Modules.FILE)
  const dir = `ocop/${producerId}`
  const name = baseName(upload.originalname)
  if (kind === "image") {
    const { main, thumb } = await encodePhoto(upload)
    const [big, small] = await files.createFiles([
      { filename: `${dir}/${name}-800w.webp`, mimeType: "image/webp", content: main.toString("base64"), access: "public" },
      { filename: `${dir}/${name}-400w.webp`, mimeType: "image/webp", content: thumb.toString("base64"), access: "public" },
    ])
    return { file_id: big.id, url: big.url, thumbnail_file_id: small.id, thumbnail_url: small.url, mime_type: "image/webp", size: main.length }
  }
  checkScan(upload)
  const ext = upload.mimetype === "application/pdf" ? "pdf" : upload.mimetype.split("/")[1]
  const [scan] = await files.createFiles([
    { filename: `${dir}/${name}.${ext}`, mimeType: upload.mimetype, content: upload.buffer.toString("base64"), access: "public" },
  ])
  return { file_id: scan.id, url: scan.url, thumbnail_file_id: null, thumbnail_url: null, mime_type: upload.mimetype, size: upload.size }
}
