// An S3-compatible server for the upload tests (s3rver, files in a temporary
// folder): the backend's S3 file provider talks to it over real HTTP with the
// AWS SDK, exactly as it would to AWS, R2 or MinIO.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import S3rver from "s3rver"

export async function startS3Server({ port = Number(process.env.OCOP_TEST_S3_PORT || 4569), bucket = "ocop-test" } = {}) {
  const directory = mkdtempSync(join(tmpdir(), "ocop-s3-"))
  const server = new S3rver({ address: "127.0.0.1", port, silent: true, directory, configureBuckets: [{ name: bucket }] })
  await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    // what medusa-config.ts reads; s3rver's built-in credentials
    env: {
      S3_BUCKET: bucket,
      S3_REGION: "us-east-1",
      S3_ENDPOINT: endpoint,
      S3_FILE_URL: `${endpoint}/${bucket}`,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
    },
    async stop() {
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
