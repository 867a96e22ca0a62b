/**
 * What the mock API is built with besides the PlatformContext. The composition root builds the
 * state once (createPlatformState) and shares it with the control API.
 */
import type { OauthRouterOptions } from '../oauth/router'
import type { PlatformState } from '../state'

/** A template message WeChat accepted; the push engine answers it with TEMPLATESENDJOBFINISH. */
export interface TemplateSentJob {
  readonly accountId: string
  readonly openid: string
  /** 64-bit id as a decimal string (protocol.md §0 #2). */
  readonly msgId: string
  readonly status: 'success'
}

export interface PlatformOptions {
  /** Tokens, quotas, windows, menus, QR codes, template log. */
  readonly state: PlatformState
  /** Called after each accepted template message. @default none */
  readonly onTemplateSent?: (job: TemplateSentJob) => void
  /**
   * What /cgi-bin/getcallbackip lists: the addresses pushes come from. mpsim pushes from loopback.
   * @default ['127.0.0.1']
   */
  readonly callbackIps?: readonly string[]
  /**
   * Who is "on the phone" for OAuth consent, and whether consent is given without a page.
   * @default the account's first user, consent page shown
   */
  readonly oauth?: OauthRouterOptions
  /**
   * Writes an account's menu (or its absence) to durable storage. menu/create and menu/delete
   * answer only once it resolves, so an acknowledged menu survives a crash; when it rejects they
   * answer -1 (system error), as WeChat does when its own storage fails. @default nothing stored
   */
  readonly persistMenu?: (accountId: string) => Promise<void>
}
