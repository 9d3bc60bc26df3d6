import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import type {
  CalculatedShippingOptionPrice, CalculateShippingOptionPriceDTO, CreateFulfillmentResult, FulfillmentOption,
} from "@medusajs/framework/types"
import { deliveryRate, type DeliveryService } from "@ocop/shared"

export const DELIVERY_OPTIONS = ["home-standard", "home-express", "pickup"] as const

/**
 * Home delivery priced by zone (distance from the nearest warehouse, see
 * @ocop/shared delivery.ts) and free pickup at an OCOP sales point. Which
 * sales point, and that it stocks the cart, is checked by the store API
 * (api/middlewares/validate-pickup.ts), which can see sales points.
 */
export class OcopDeliveryService extends AbstractFulfillmentProviderService {
  static identifier = "ocop-delivery"

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return DELIVERY_OPTIONS.map((id) => ({ id }))
  }

  async validateOption(data: Record<string, unknown>): Promise<boolean> {
    return DELIVERY_OPTIONS.includes(data.id as (typeof DELIVERY_OPTIONS)[number])
  }

  async validateFulfillmentData(optionData: Record<string, unknown>, data: Record<string, unknown>): Promise<Record<string, unknown>> {
    if (optionData.id === "pickup" && typeof data.sales_point_id !== "string") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Pickup needs data.sales_point_id: the OCOP sales point to collect the order from")
    }
    return data
  }

  async canCalculate(): Promise<boolean> {
    return true
  }

  async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    if (optionData.id === "pickup") return { calculated_amount: 0, is_calculated_price_tax_inclusive: true }
    const province = String(context.shipping_address?.province ?? "")
    const amount = deliveryRate(optionData.id as DeliveryService, province)
    if (amount === null) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Choose the delivery address's province (one of the 34) to price home delivery")
    }
    return { calculated_amount: amount, is_calculated_price_tax_inclusive: true }
  }

  async createFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }

  async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}
