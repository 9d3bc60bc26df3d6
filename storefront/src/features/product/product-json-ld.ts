import { publicStars } from "@ocop/shared"
import type { OcopProduct } from "./loaders"

/**
 * schema.org Product for search engines. OCOP stars are a council's rating,
 * not shoppers' reviews, so they are stated as a property and never as an
 * aggregateRating (which would claim reviews that do not exist).
 */
export function productJsonLd(product: OcopProduct, url: URL): Record<string, unknown> {
  const prices = (product.variants ?? []).map((v) => v.calculated_price?.calculated_amount).filter((n): n is number => typeof n === "number")
  const inStock = (product.variants ?? []).some((v) => !v.manage_inventory || (v.inventory_quantity ?? 0) > 0)
  const stars = publicStars(product.metadata)
  // a SKU names one size: only a product sold in a single size has one to state
  const sku = product.variants?.length === 1 ? product.variants[0].sku || undefined : undefined
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.subtitle ?? product.description ?? undefined,
    image: (product.images ?? []).map((i) => i.url),
    url: url.toString(),
    sku,
    brand: product.producer ? { "@type": "Brand", name: product.producer.name } : undefined,
    ...(prices.length && {
      offers: {
        "@type": "AggregateOffer",
        priceCurrency: "VND",
        lowPrice: Math.min(...prices),
        highPrice: Math.max(...prices),
        offerCount: prices.length,
        availability: `https://schema.org/${inStock ? "InStock" : "OutOfStock"}`,
      },
    }),
    ...(stars && {
      additionalProperty: [{ "@type": "PropertyValue", name: "OCOP", value: `${stars} sao`, description: product.metadata?.ocop_certificate?.number }],
    }),
  }
}
