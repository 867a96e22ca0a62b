/**
 * Commands of the phone browser (docs/phone-browser.md): open an address in WeChat's in-app
 * browser as the phone's user. The answer is the gateway address the app's frame loads; the page
 * never runs on the app's origin.
 */
import { z } from 'zod'

export const OpenPhoneBrowserInput = z.strictObject({
  /** Any http(s) address: the bot's page, a WeChat host (answered by the mock), another site. */
  url: z.string().min(1).max(4096),
  /** The account whose phone is browsing. @default the first account */
  accountId: z.string().optional(),
  /** The simulated user browsing. @default the phone's current user */
  openid: z.string().optional(),
  /**
   * WeChat-browser behaviours a teacher can switch on for this walk: `repeatCallback` requests the
   * OAuth callback twice, as WeChat's browser has been seen to do when the authorize URL lacks
   * `connect_redirect=1` (the second code exchange then gets 40163).
   */
  quirks: z.strictObject({ repeatCallback: z.boolean().optional() }).optional(),
})

export const OpenPhoneBrowserOutput = z.object({
  /** Load this in the phone's frame: a loopback gateway origin, never the app's. */
  frameUrl: z.string(),
  /** The address as the user sees it (normalised). */
  url: z.string(),
  routedTo: z.enum(['site', 'platform']),
  /** Groups the requests of this walk in the inspector and the OAuth stepper. */
  walkId: z.string(),
})
