// pnpm hooks (read by every `pnpm install`).
//
// @medusajs/types declares an optional peer `vite`, used only for the type of
// the admin's `vite` option. The backend's admin bundler brings vite 7 and
// Astro vite 8, so the same @medusajs/types 2.21.2 was installed twice (one per
// vite). Without the peer it resolves to one copy shared by backend and storefront.
module.exports = {
  hooks: {
    readPackage(pkg) {
      if (pkg.name === "@medusajs/types" && pkg.peerDependencies?.vite) {
        delete pkg.peerDependencies.vite
        if (pkg.peerDependenciesMeta) delete pkg.peerDependenciesMeta.vite
      }
      return pkg
    },
  },
}
