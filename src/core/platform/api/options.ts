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

/** A mass send WeChat accepted; the push engine answers it with MASSSENDJOBFINISH (job-events.ts). */
export interface MassSentJob {
  readonly accountId: string
  /** 64-bit id as a decimal string. */
  readonly msgId: string
  /** 'send success' when something was sent, else 'send fail' [doc]. */
  readonly status: 'send success' | 'send fail'
  /** Followers the filter named. */
  readonly totalCount: number
  /** Left after dropping the blacklisted and those who had their 4 this month. */
  readonly filterCount: number
  readonly sentCount: number
  readonly errorCount: number
  /** mpnews: one URL per article, for ArticleUrlResult. */
  readonly articleUrls?: readonly string[]
}

/** A publish job (freepublish/submit) that finished; pushed as PUBLISHJOBFINISH. */
export interface PublishedJob {
  readonly accountId: string
  readonly publishId: string
  /** 0 success [doc]. */
  readonly status: number
  readonly articleId: string
  readonly articleUrls: readonly string[]
}

export interface PlatformOptions {
  /** Tokens, quotas, windows, menus, QR codes, template log. */
  readonly state: PlatformState
  /** Called after each accepted template message. @default none */
  readonly onTemplateSent?: (job: TemplateSentJob) => void
  /** Called after each accepted mass send (not previews). @default none */
  readonly onMassSent?: (job: MassSentJob) => void
  /** Called once a freepublish/submit job finished. @default none */
  readonly onPublished?: (job: PublishedJob) => void
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
