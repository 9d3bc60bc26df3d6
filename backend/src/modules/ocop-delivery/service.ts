import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import type {
  CalculatedShippingOptionPrice, CalculateShippingOptionPriceDTO, CreateFulfillmentResult, FulfillmentOption,
} from "@medusajs/framework/types"
import { DELIVERY_OPTION_CODES, deliveryRate, type DeliveryOptionCode, type DeliveryService } from "@ocop/shared"

/**
 * Home delivery priced by zone (distance from the nearest warehouse) and free
 * pickup at an OCOP sales point: the options and rates of @ocop/shared delivery.ts. Which
 * sales point, and that it stocks the cart, is checked by the store API
 * (api/middlewares/validate-pickup.ts), which can see sales points.
 */
export class OcopDeliveryService extends AbstractFulfillmentProviderService {
  static identifier = "ocop-delivery"

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return DELIVERY_OPTION_CODES.map((id) => ({ id }))
  }

  async validateOption(data: Record<string, unknown>): Promise<boolean> {
    return DELIVERY_OPTION_CODES.includes(data.id as DeliveryOptionCode)
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
