/**
 * A simulated Official Account as configured on 微信公众平台 (protocol.md §1, §2). Shared by the core,
 * the workspace files and the renderer's settings screen.
 */
export type EncryptionMode = 'plain' | 'compatible' | 'safe'

export interface Account {
  /** Stable workspace id (not a WeChat value). */
  readonly id: string
  readonly name: string
  /** `wx` + 16 lowercase hex. */
  readonly appId: string
  /** 32 hex chars. */
  readonly appSecret: string
  /** 原始ID, `gh_` + 12 hex: ToUserName of pushes, FromUserName of replies. */
  readonly originalId: string
  /** 3–32 letters or digits. */
  readonly token: string
  /** 43 chars [A-Za-z0-9]. */
  readonly encodingAesKey: string
  /** The key before the last change: pushes may still use it for a while (protocol.md §2, FAQ). */
  readonly previousEncodingAesKey?: string
  readonly mode: EncryptionMode
  /** The bot under test (服务器地址 URL). */
  readonly botUrl: string
  /** 网页授权域名: a bare host, or host:port for a test account (protocol.md §9.2). */
  readonly callbackDomain: string
  /**
   * JS接口安全域名, the domains whose pages may call wx.config (protocol.md §11): bare hosts like
   * the callback domain. Absent (older workspaces, or never set): the callback domain alone.
   */
  readonly jsDomains?: readonly string[]
  /** Empty = no whitelist check; otherwise IPs allowed to call /cgi-bin/token (protocol.md §10.1, 40164). */
  readonly ipWhitelist: readonly string[]
  /** 测试号: smaller quotas, IP:port domains allowed (protocol.md §9.2, §10.8). */
  readonly testAccount: boolean
}

/** The JS API safe domains in force: the account's own list, else its callback domain. */
export function jsSafeDomains(account: Pick<Account, 'jsDomains' | 'callbackDomain'>): string[] {
  if (account.jsDomains !== undefined && account.jsDomains.length > 0) return [...account.jsDomains]
  return account.callbackDomain === '' ? [] : [account.callbackDomain]
}
