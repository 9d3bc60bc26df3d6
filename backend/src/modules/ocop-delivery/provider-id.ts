// `<identifier>_<id>`: OcopDeliveryService.identifier and the id medusa-config.ts registers it with.
export const DELIVERY_PROVIDER_ID = "ocop-delivery_ocop"
