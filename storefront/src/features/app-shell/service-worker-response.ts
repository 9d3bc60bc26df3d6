// /sw.js: the service worker with this build's release id written in. Served by
// the server, not from public/, so it is never cached (the browser must see a new
// release at once) and must stay at the root to control every page.
import source from "./service-worker.js?raw"

// set by astro.config.mjs at build: a new id for every build
declare const __OCOP_RELEASE__: string
export const RELEASE = __OCOP_RELEASE__

// the quoted placeholder is the constant's value; the comment's mention stays as it is
const body = source.replace('"__RELEASE__"', JSON.stringify(RELEASE))

export const serviceWorkerResponse = () =>
  new Response(body, {
    headers: {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "no-cache",
      "service-worker-allowed": "/",
    },
  })
