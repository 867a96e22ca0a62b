/**
 * Commands of the OAuth flow stepper (protocol.md §9): check an authorize URL with the protocol's
 * own rules, and make the bot's server-side calls to the mock's /sns endpoints by hand ("play the
 * bot"). The renderer never re-implements a rule: it sends the parts, the core answers the
 * problems as codes, and shared/explain words them.
 */
import { z } from 'zod'
import { OAUTH_PROBLEM_CODES } from '../model/oauth-problem-codes'
import { exchangeSchema } from '../model/exchange-schema'

/**
 * The authorize URL as a bot would build it, with the classic mistakes available as switches so a
 * class can watch each check react.
 */
export const AuthorizeParts = z.strictObject({
  appid: z.string().max(256),
  /** redirect_uri as the developer typed it: the absolute callback address, not yet encoded. */
  redirectUri: z.string().max(4096),
  scope: z.string().max(256),
  state: z.string().max(1024),
  /** false pastes redirect_uri into the query raw (the classic mistake). @default true */
  encodeRedirectUri: z.boolean().optional(),
  /** false leaves `#wechat_redirect` off. @default true */
  wechatRedirect: z.boolean().optional(),
  /** Adds `connect_redirect=1`, which WeChat's client appends to stop a repeated callback. */
  connectRedirect: z.boolean().optional(),
})
export type AuthorizeParts = z.infer<typeof AuthorizeParts>

export const CheckAuthorizeInput = z
  .strictObject({
    /** @default the first account */
    accountId: z.string().optional(),
    /** A whole authorize URL to check (one a bot produced, e.g. a hop of a recorded walk)… */
    url: z.string().min(1).max(8192).optional(),
    /** …or the parts to build it from. */
    parts: AuthorizeParts.optional(),
    /**
     * "What if" the 网页授权域名 were typed like this: checked instead of the account's own
     * setting. The mock platform itself always uses the setting saved in Settings.
     */
    callbackDomain: z.string().max(512).optional(),
  })
  .refine((input) => (input.url === undefined) !== (input.parts === undefined), {
    message: 'give either url or parts',
    path: ['url'],
  })

const problemSchema = z.object({
  code: z.enum(OAUTH_PROBLEM_CODES),
  severity: z.enum(['error', 'warning']),
  detail: z.record(z.string(), z.union([z.string(), z.number()])),
  spec: z.enum(['§1', '§9.1', '§9.2', '§9.3']),
  wechatErrcode: z.number().optional(),
})
export type CheckedProblem = z.infer<typeof problemSchema>

export const CheckAuthorizeOutput = z.object({
  /** The authorize URL that was checked (built from the parts, or as given). */
  url: z.string(),
  /** The endpoint the URL had to name: WeChat's, or the mock's own address when it used that. */
  authorizeBase: z.string(),
  /** redirect_uri before and after urlencoding (parts), or as written and as decoded (url). */
  redirectUri: z.object({ plain: z.string().nullable(), encoded: z.string().nullable() }),
  parsed: z.object({
    endpoint: z.string(),
    appid: z.string().nullable(),
    redirectUri: z.string().nullable(),
    redirectUriRaw: z.string().nullable(),
    redirectTarget: z.string().nullable(),
    responseType: z.string().nullable(),
    scope: z.string().nullable(),
    state: z.string().nullable(),
    fragment: z.string().nullable(),
    paramOrder: z.array(z.string()),
  }),
  /** Every problem the protocol's checks found (codes; words in shared/explain/oauth-problems). */
  problems: z.array(problemSchema),
  /** True when any problem is an error: WeChat would not hand out a code. */
  refused: z.boolean(),
  /** The number WeChat's error page would show (10003…), when it would show one. */
  wechatErrcode: z.number().optional(),
  account: z.object({
    id: z.string(),
    appId: z.string(),
    /** 网页授权域名 as saved in Settings. */
    callbackDomain: z.string(),
    testAccount: z.boolean(),
  }),
  /** The domain the checks used (the "what if" value, or the saved one). */
  callbackDomain: z.string(),
})
export type CheckAuthorizeOutput = z.infer<typeof CheckAuthorizeOutput>

/** The only paths callPlatform may reach: the mock's web-authorization APIs (protocol.md §9.4). */
export const SNS_PATHS = [
  '/sns/oauth2/access_token',
  '/sns/oauth2/refresh_token',
  '/sns/userinfo',
  '/sns/auth',
] as const
export type SnsPath = (typeof SNS_PATHS)[number]

export const CallPlatformInput = z.strictObject({
  path: z.enum(SNS_PATHS),
  /** Query parameters in the order they are sent (each value urlencoded by the core). */
  query: z.array(z.tuple([z.string().min(1).max(64), z.string().max(4096)])).max(16),
})

export const CallPlatformOutput = z.object({
  /** The address requested (the AppSecret in it, when sent, is masked). */
  url: z.string(),
  /** HTTP status; 0 when no answer came (connection dropped by an injected fault). */
  status: z.number(),
  headers: z.array(z.tuple([z.string(), z.string()])),
  body: z.string(),
  /** WeChat's errcode when the answer carried one (absent on a plain success body). */
  errcode: z.number().optional(),
  errmsg: z.string().optional(),
  /** Why no answer came, when none did. */
  networkError: z.string().optional(),
  /** The mock's record of the call, for the inspector. */
  exchange: exchangeSchema.optional(),
})
export type CallPlatformOutput = z.infer<typeof CallPlatformOutput>
