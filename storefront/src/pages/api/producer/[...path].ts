import { portalApiProxy } from "../../../features/producer-portal/api-proxy"

// the portal islands' way to the backend's /producer routes (features/producer-portal/api-proxy.ts)
export const { GET, POST, DELETE } = portalApiProxy
