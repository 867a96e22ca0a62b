/**
 * Identifier formats as zod schemas, each with the rule in its message (protocol.md §1, §2). The same
 * rules the real admin page applies. Shared: the workspace files, the control API and the
 * renderer's settings form all check with these, so the three can never disagree.
 */
import { z } from 'zod'

const pattern = (regex: RegExp, rule: string) => z.string().regex(regex, { error: rule })

/** protocol.md §1: `wx` + 16 lowercase hex. */
export const appIdSchema = pattern(/^wx[0-9a-f]{16}$/, 'must be wx + 16 lowercase hex characters')

/**
 * protocol.md §1: 32 hex characters, and WeChat issues them in lowercase: a capital means the secret was
 * retyped or came from somewhere else, and the platform compares it exactly (40125).
 */
export const appSecretSchema = pattern(
  /^[0-9a-f]{32}$/,
  'must be 32 lowercase hex characters (0-9, a-f)',
)

/** protocol.md §1: 原始ID, `gh_` + 12 hex. */
export const originalIdSchema = pattern(
  /^gh_[0-9a-f]{12}$/,
  'must be gh_ + 12 lowercase hex characters',
)

/** protocol.md §2: Token, 3-32 letters or digits (the admin page's rule). */
export const tokenSchema = pattern(/^[A-Za-z0-9]{3,32}$/, 'must be 3-32 letters or digits')

/** protocol.md §2, §8.1: exactly 43 of A-Z a-z 0-9. */
export const encodingAesKeySchema = pattern(
  /^[A-Za-z0-9]{43}$/,
  'must be exactly 43 letters or digits',
)

/** protocol.md §1: 28 of [A-Za-z0-9_-]; every observed Official Account openid starts with `o`. */
export const openidSchema = pattern(
  /^o[A-Za-z0-9_-]{27}$/,
  'must be 28 characters of A-Z a-z 0-9 _ - starting with "o"',
)

/** protocol.md §2: the server URL starts with http:// or https://; '' means no bot configured yet. */
export const botUrlSchema = pattern(
  /^(https?:\/\/\S+)?$/,
  'must start with http:// or https:// (or be "" for no bot)',
)

/** An avatar URL, or '' (the API answers '' for a user without one, protocol.md §10.2). */
export const imageUrlSchema = pattern(/^(https?:\/\/\S+)?$/, 'must be an http(s) URL or ""')

/**
 * protocol.md §9.2: 网页授权域名 is a bare domain (a test account may add :port) — no http://, no path.
 * Typing the scheme is the classic mistake (the seed journey's); '' means none set.
 */
export const callbackDomainSchema = pattern(
  /^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(:\d{1,5})?)?$/,
  'must be a bare domain such as mp.example.com (test accounts: host:port), without http:// or a path',
)

/**
 * protocol.md §11: one JS接口安全域名, written like the callback domain (bare host, a test account
 * may add :port), never empty. The admin page takes at most five [unconfirmed: older docs say three].
 */
export const jsDomainSchema = pattern(
  /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(:\d{1,5})?$/,
  'must be a bare domain such as mp.example.com (test accounts: host:port), without http:// or a path',
).max(253)

export const JS_DOMAINS_MAX = 5

export const portSchema = z.int().min(0).max(65535)

// Account ids become file names (menus/<id>.json), so they are kept to characters every file
// system accepts, and Windows' reserved device names are refused (menus/con.json cannot exist).
// Not a WeChat value: mpsim's own workspace id.
const ACCOUNT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i

export function isSafeAccountId(id: string): boolean {
  return ACCOUNT_ID.test(id) && !WINDOWS_DEVICE.test(id)
}

export const ACCOUNT_ID_RULE =
  'must be 1-64 letters, digits, "_" or "-", starting with a letter or digit (it names menus/<id>.json)'

export const accountIdSchema = z.string().refine(isSafeAccountId, { error: ACCOUNT_ID_RULE })
