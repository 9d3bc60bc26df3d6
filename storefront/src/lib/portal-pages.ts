import type { AstroGlobal } from "astro"
import { localePath, type Locale } from "./i18n"
import { acceptInvite, PortalError, portalMe, signedIn, signInProducer, signOutProducer, type PortalMe } from "./producer-portal"

export const PORTAL_PATH = "/kenh-nguoi-ban"

// Every portal page: POSTed forms are handled, then redirected (PRG); a
// visitor who is not signed in gets the sign-in form instead of the page.
export async function portalGate(astro: AstroGlobal, locale: Locale): Promise<{ me: PortalMe | null; error: string | null } | Response> {
  let error: string | null = null
  if (astro.request.method === "POST") {
    const form = await astro.request.clone().formData()
    const intent = String(form.get("intent") ?? "")
    if (intent === "signin") {
      try {
        await signInProducer(astro.cookies, String(form.get("email") ?? "").trim(), String(form.get("password") ?? ""))
        return astro.redirect(astro.url.pathname, 303)
      } catch (e) {
        const locked = e instanceof PortalError && e.status === 429
        error = locked ? "lockedLogin" : "wrongLogin"
        astro.response.status = locked ? 429 : 401
      }
    } else if (intent === "signout") {
      signOutProducer(astro.cookies)
      return astro.redirect(localePath(locale, PORTAL_PATH), 303)
    }
  }
  if (!signedIn(astro.cookies)) return { me: null, error }
  try {
    return { me: await portalMe(astro.cookies), error }
  } catch (e) {
    if (e instanceof PortalError && e.status === 401) return { me: null, error }
    throw e
  }
}

/** The invitation page: a form that registers the login and joins the producer. */
export async function loadInvite(astro: AstroGlobal, locale: Locale): Promise<{ token: string; error: string | null } | Response> {
  const token = astro.url.searchParams.get("token") ?? ""
  if (astro.request.method !== "POST") return { token, error: null }
  const form = await astro.request.formData()
  try {
    await acceptInvite(astro.cookies, {
      token: String(form.get("token") ?? ""),
      email: String(form.get("email") ?? "").trim(),
      password: String(form.get("password") ?? ""),
      name: String(form.get("name") ?? "").trim(),
    })
    return astro.redirect(localePath(locale, PORTAL_PATH), 303)
  } catch (e) {
    astro.response.status = e instanceof PortalError && e.status < 500 ? e.status : 400
    return { token: String(form.get("token") ?? ""), error: (e as Error).message }
  }
}
