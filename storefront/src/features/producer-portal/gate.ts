import type { AstroGlobal } from "astro"
import type { Locale } from "../../lib/i18n"
import {
  acceptInvite,
  inviteInfo,
  PortalError,
  portalMe,
  requestPasswordReset,
  resetPassword,
  signedIn,
  signInProducer,
  signOutProducer,
  type InviteInfo,
  type PortalMe,
} from "./backend"
import { portalPath } from "./paths"
import type { PortalKey } from "./words"

export type Gate = { me: PortalMe | null; error: PortalKey | null; email: string }

/** What every portal view gets: its language and what the gate found. */
export type PortalViewProps = Gate & { locale: Locale }

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

// Every portal page: POSTed sign-in/sign-out forms are handled, then redirected
// (PRG); a visitor who is not signed in gets the sign-in form instead of the
// page, with the e-mail they typed kept after a wrong password.
export async function portalGate(astro: AstroGlobal, locale: Locale): Promise<Gate | Response> {
  let error: PortalKey | null = null
  let email = ""
  if (astro.request.method === "POST") {
    const form = await astro.request.clone().formData()
    const intent = text(form, "intent")
    if (intent === "signin") {
      email = text(form, "email")
      try {
        await signInProducer(astro.cookies, email, String(form.get("password") ?? ""))
        return astro.redirect(astro.url.pathname + astro.url.search, 303)
      } catch (e) {
        const locked = e instanceof PortalError && e.status === 429
        error = locked ? "lockedLogin" : "wrongLogin"
        astro.response.status = locked ? 429 : 401
      }
    } else if (intent === "signout") {
      signOutProducer(astro.cookies)
      return astro.redirect(portalPath(locale), 303)
    }
  }
  if (!signedIn(astro.cookies)) return { me: null, error, email }
  try {
    return { me: await portalMe(astro.cookies), error, email }
  } catch (e) {
    if (e instanceof PortalError && e.status === 401) return { me: null, error, email }
    throw e
  }
}

export interface InvitePage {
  token: string
  invite: InviteInfo | null
  error: PortalKey | null
  fields: Record<string, PortalKey>
  values: { name: string }
}

function inviteError(e: unknown): { error?: PortalKey; fields?: Record<string, PortalKey> } {
  if (!(e instanceof PortalError)) throw e
  if (e.status === 409) return { fields: { password: "inviteExistingLogin" } }
  if (e.status === 401) return { fields: { password: "inviteExistingLogin" } }
  if (e.status === 422) return { error: "inviteAlreadyMember" }
  if (/expired/i.test(e.message)) return { error: "inviteExpired" }
  if (/sent to/i.test(e.message)) return { error: "inviteWrongEmail" }
  if (e.status === 404) return { error: "inviteUsed" }
  throw e
}

/** The invitation page: names the producer, shows the invited e-mail, keeps what was typed after an error. */
export async function loadInvite(astro: AstroGlobal, locale: Locale): Promise<InvitePage | Response> {
  const post = astro.request.method === "POST" ? await astro.request.formData() : null
  const token = post ? text(post, "token") : (astro.url.searchParams.get("token") ?? "")
  const page: InvitePage = { token, invite: null, error: null, fields: {}, values: { name: post ? text(post, "name") : "" } }
  page.invite = token.length >= 10 ? await inviteInfo(token).catch((e) => (e instanceof PortalError && e.status < 500 ? null : Promise.reject(e))) : null
  if (!page.invite) {
    astro.response.status = 404
    return { ...page, error: "inviteUnknown" }
  }
  if (page.invite.status !== "open") return { ...page, error: page.invite.status === "used" ? "inviteUsed" : "inviteExpired" }
  if (!post) return page
  const password = String(post.get("password") ?? "")
  if (password.length < 8) {
    astro.response.status = 400
    return { ...page, fields: { password: "err_password_short" } }
  }
  try {
    await acceptInvite(astro.cookies, { token, email: page.invite.email, password, name: page.values.name })
    return astro.redirect(portalPath(locale), 303)
  } catch (e) {
    astro.response.status = 400
    return { ...page, ...inviteError(e) }
  }
}

export interface ResetPage {
  step: "request" | "sent" | "choose" | "bad_link"
  email: string
  token: string
  fields: Record<string, PortalKey>
}

/** "Forgot your password?": ask for a link (the same answer for every address), then choose a new password. */
export async function loadReset(astro: AstroGlobal, locale: Locale): Promise<ResetPage | Response> {
  const post = astro.request.method === "POST" ? await astro.request.formData() : null
  const token = post ? text(post, "token") : (astro.url.searchParams.get("token") ?? "")
  const email = post ? text(post, "email") : (astro.url.searchParams.get("email") ?? "")
  if (!token) {
    if (!post) return { step: "request", email, token, fields: {} }
    if (!/^\S+@\S+\.\S+$/.test(email)) {
      astro.response.status = 400
      return { step: "request", email, token, fields: { email: "err_invalid_format" } }
    }
    await requestPasswordReset(email).catch((e) => {
      // an unknown address answers like a known one; only an outage is an error
      if (!(e instanceof PortalError) || e.status >= 500) throw e
    })
    return { step: "sent", email, token, fields: {} }
  }
  if (!post) return { step: "choose", email, token, fields: {} }
  const password = String(post.get("password") ?? "")
  if (password.length < 8) {
    astro.response.status = 400
    return { step: "choose", email, token, fields: { password: "err_password_short" } }
  }
  try {
    await resetPassword(token, email, password)
  } catch (e) {
    if (!(e instanceof PortalError) || e.status >= 500) throw e
    astro.response.status = 400
    return { step: "bad_link", email, token: "", fields: {} }
  }
  await signInProducer(astro.cookies, email, password).catch(() => undefined)
  return astro.redirect(portalPath(locale), 303)
}
