// Registers the shop's service worker (service-worker.js) once the page has
// loaded, so it never competes with the page for the network. updateViaCache
// "none": the browser always asks the server for /sw.js, so a new release is
// seen on the next visit.
if ("serviceWorker" in navigator) {
  addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js", { scope: "/", updateViaCache: "none" }).catch(() => {})
  })
}
