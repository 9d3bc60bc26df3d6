import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe } from "@stripe/stripe-js"
import { useMemo, useState, type FormEvent } from "react"

interface Props {
  publishableKey: string
  clientSecret: string
  returnUrl: string
  labels: { pay: string; paying: string }
}

function CardForm({ returnUrl, labels }: Pick<Props, "returnUrl" | "labels">) {
  const stripe = useStripe()
  const elements = useElements()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (!stripe || !elements) return
    setBusy(true)
    // Stripe charges the card and sends the shopper back to returnUrl, where the server completes the order
    const { error } = await stripe.confirmPayment({ elements, confirmParams: { return_url: returnUrl } })
    setError(error?.message ?? null)
    setBusy(false)
  }

  return (
    <form onSubmit={submit} className="checkout-form">
      <PaymentElement />
      {error && <p className="error" role="alert">{error}</p>}
      <button type="submit" disabled={!stripe || busy}>{busy ? labels.paying : labels.pay}</button>
    </form>
  )
}

// Card payment with Stripe's Payment Element for an order being placed.
export default function StripeCardForm({ publishableKey, clientSecret, returnUrl, labels }: Props) {
  const stripePromise = useMemo(() => loadStripe(publishableKey), [publishableKey])
  return (
    <Elements stripe={stripePromise} options={{ clientSecret, locale: "vi" }}>
      <CardForm returnUrl={returnUrl} labels={labels} />
    </Elements>
  )
}
