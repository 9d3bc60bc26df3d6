export * from "./catalogue"
export * from "./images"
export type * from "./types"
