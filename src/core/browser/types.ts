/**
 * What the phone browser's parts share (docs/phone-browser.md): a walk — one address opened in
 * the phone by openPhoneBrowser and every request that follows from it — and the facade the
 * control API calls.
 */

/** WeChat-browser behaviours a teacher switches on for one walk (docs/phone-browser.md "Quirks"). */
export interface WalkQuirks {
  /** Send the OAuth callback navigation to the site twice unless the authorize URL had connect_redirect=1. */
  readonly repeatCallback: boolean
}

/** One walk: groups the recorded requests in the inspector and the OAuth stepper. */
export interface Walk {
  readonly id: string
  readonly accountId: string
  /** The simulated user browsing; undefined when the account has no user yet. */
  readonly openid: string | undefined
  readonly quirks: WalkQuirks
}

export interface OpenRequest {
  /** The address, already read as WHATWG URL does (http or https). */
  readonly url: URL
  readonly accountId: string
  readonly openid: string | undefined
  readonly quirks: WalkQuirks
}

export interface OpenedPage {
  /** The gateway address the app's frame loads. */
  readonly frameUrl: string
  /** The address as the phone's user sees it. */
  readonly url: string
  readonly routedTo: 'site' | 'platform'
  readonly walkId: string
}

export interface PhoneBrowser {
  /** Starts a walk and answers where the frame goes; creates the gateway when needed. */
  open(request: OpenRequest): Promise<OpenedPage>
  /** Closes every gateway (the core stops). */
  stop(): Promise<void>
}
