// The product search's parameters live in @ocop/shared (search-params.ts), where
// the storefront's search page reads the same schema for its URL state and chips.
export { SORTS, StoreProductSearchSchema, type StoreProductSearchParams } from "@ocop/shared"
