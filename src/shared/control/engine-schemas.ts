/**
 * Control-API schemas of the engine commands: inputs are validated strictly; outputs are the
 * engine's own typed records (Exchange, Account…), checked by the client with their schemas
 * (shape and types, not every identifier rule: a stored value the core serves is not re-judged).
 */
import { z } from 'zod'
import type { Account } from '../model/account'
import { storedAccountSchema } from '../model/account-schema'
import { catalogEntrySchema } from '../model/catalog-schema'
import {
  appliedFaultSchema,
  exchangeSchema,
  pushExchangeSchema,
  verifyExchangeSchema,
  verifyVerdictSchema,
} from '../model/exchange-schema'
import type { SimUser } from '../model/sim-user'

const mode = z.enum(['plain', 'compatible', 'safe'])

export const PushOverridesInput = z.strictObject({
  contentType: z.string().min(1).max(200).optional(),
  wrongSignature: z.boolean().optional(),
  staleSeconds: z.int().min(0).max(10_000_000).optional(),
  usePreviousKey: z.boolean().optional(),
})

/**
 * This push's deadline and attempts, over the workspace settings (the CLI's --timeout and
 * --attempts); same bounds as the settings.
 */
export const deliveryInput = {
  timeoutMs: z.int().min(100).max(600_000).optional(),
  attempts: z.int().min(1).max(10).optional(),
}

export const SendPushInput = z.strictObject({
  accountId: z.string().optional(),
  openid: z.string().optional(),
  typeId: z.string().min(1),
  /** Element values as the catalogue takes them (strings, groups, lists). */
  values: z.record(z.string(), z.unknown()).optional(),
  overrides: PushOverridesInput.optional(),
  mode: mode.optional(),
  botUrl: z.url({ protocol: /^https?$/ }).optional(),
  ...deliveryInput,
})

/**
 * A captured or hand-written push as XML: parsed with the catalogue, then delivered like any push
 * with fresh CreateTime, MsgId, signature and nonce (what a replay of captured traffic needs).
 */
export const SendPushXmlInput = z.strictObject({
  accountId: z.string().optional(),
  openid: z.string().optional(),
  xml: z.string().min(1).max(1_000_000),
  /** Resend the captured MsgId (what a WeChat retry looks like) instead of a fresh one. @default false */
  keepMsgId: z.boolean().optional(),
  overrides: PushOverridesInput.optional(),
  mode: mode.optional(),
  botUrl: z.url({ protocol: /^https?$/ }).optional(),
  ...deliveryInput,
})

export const VerifyBotInput = z.strictObject({
  accountId: z.string().optional(),
  botUrl: z.url({ protocol: /^https?$/ }).optional(),
  probe: z.boolean().optional(),
  timeoutMs: deliveryInput.timeoutMs,
})

/** The inspector's filters (shared/model/exchange-summary.ts), as query parameters. */
export const ExchangeFilterInput = z.strictObject({
  accountId: z.string().min(1).optional(),
  openid: z.string().min(1).optional(),
  kind: z.enum(['push', 'verify', 'api', 'oauth', 'page']).optional(),
  outcome: z
    .enum(['reply', 'no-reply', 'service-unavailable', 'ok', 'denied', 'failed'])
    .optional(),
  q: z.string().max(200).optional(),
})

export const ListExchangesInput = ExchangeFilterInput.extend({
  /** The most recent N that match, oldest first. @default 100 */
  limit: z.coerce.number().int().min(1).max(10_000).optional(),
})

/**
 * Something wrong with the workspace found at start (a file moved aside, users re-attached, a log
 * line skipped) or since (a save that failed). The app shows these at once and words them by
 * `code` and `usedInstead`; `message` is the core's English, for logs.
 */
export interface SetupProblem {
  readonly code:
    | 'corrupt-file'
    | 'invalid-file'
    | 'truncated-line'
    | 'invalid-line'
    | 'unknown-account'
    | 'reattached-users'
    | 'not-writable'
    | 'invalid-value'
  readonly severity: 'error' | 'warning'
  /** Relative to the workspace folder, '/'-separated: `accounts.json`, `menus/acc-1.json`. */
  readonly file: string
  readonly message: string
  /** Where the bad copy was moved, relative to the workspace folder. */
  readonly movedTo?: string
  /** What is used instead of the bad file or line. */
  readonly usedInstead?:
    'default-settings' | 'new-account' | 'default-users' | 'no-menu' | 'default-account' | 'skipped'
  /** The file's `version` when a newer mpsim wrote it. */
  readonly fileVersion?: number
  /** 'reattached-users': how many, from which lost account ids, to which account. */
  readonly reattached?: {
    readonly users: number
    readonly from: readonly string[]
    readonly to: string
  }
  readonly line?: number
  /** The rules a file broke: field path, rule, a short preview of the value (secrets hidden). */
  readonly issues?: readonly {
    readonly path: string
    readonly rule: string
    readonly got?: string
  }[]
}

export interface Setup {
  readonly platformUrl: string
  readonly botUrl?: string
  readonly workspaceDir: string
  readonly accounts: readonly Account[]
  readonly users: readonly SimUser[]
  /**
   * Who holds the phone, per account id (the engine's phone user: OAuth consent and pushes sent
   * without an openid go to them). Accounts without users are absent.
   */
  readonly phoneUsers: Readonly<Record<string, string>>
  /** Workspace problems since this core started, oldest first; empty when all is well. */
  readonly problems: readonly SetupProblem[]
}

const setupProblemSchema: z.ZodType<SetupProblem> = z.object({
  code: z.enum([
    'corrupt-file',
    'invalid-file',
    'truncated-line',
    'invalid-line',
    'unknown-account',
    'reattached-users',
    'not-writable',
    'invalid-value',
  ]),
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  message: z.string(),
  movedTo: z.string().optional(),
  usedInstead: z
    .enum([
      'default-settings',
      'new-account',
      'default-users',
      'no-menu',
      'default-account',
      'skipped',
    ])
    .optional(),
  fileVersion: z.number().optional(),
  reattached: z.object({ users: z.number(), from: z.array(z.string()), to: z.string() }).optional(),
  line: z.number().optional(),
  issues: z
    .array(z.object({ path: z.string(), rule: z.string(), got: z.string().optional() }))
    .optional(),
})

const simUserRecord: z.ZodType<SimUser> = z.object({
  openid: z.string(),
  accountId: z.string(),
  unionid: z.string().optional(),
  nickname: z.string(),
  sex: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  province: z.string(),
  city: z.string(),
  country: z.string(),
  headimgurl: z.string(),
  language: z.string(),
  subscribed: z.boolean(),
  subscribeTime: z.number(),
  subscribeScene: z.string(),
  qrScene: z.number(),
  qrSceneStr: z.string(),
  remark: z.string(),
  tagIds: z.array(z.number()),
})

export const SetupOutput: z.ZodType<Setup> = z.object({
  platformUrl: z.string(),
  botUrl: z.string().optional(),
  workspaceDir: z.string(),
  accounts: z.array(storedAccountSchema),
  users: z.array(simUserRecord),
  phoneUsers: z.record(z.string(), z.string()),
  problems: z.array(setupProblemSchema),
})
export const ExchangeOutput = exchangeSchema
export const PushExchangeOutput = pushExchangeSchema
export const ExchangeListOutput = z.array(exchangeSchema)
export const CatalogOutput = z.array(catalogEntrySchema)
export const VerifyBotOutput = z.object({
  verdict: verifyVerdictSchema,
  exchange: verifyExchangeSchema,
})

export const AdvanceClockInput = z.strictObject({
  /** Simulated milliseconds to move forward (at most 400 days). */
  ms: z
    .int()
    .min(0)
    .max(400 * 86_400_000),
})
export const ClockOutput = z.object({ nowMs: z.number(), nowSeconds: z.number() })

export const FaultInput = z.strictObject({
  path: z.string().regex(/^\/(cgi-bin|sns|connect)\//, 'a platform path such as /cgi-bin/token'),
  kind: z.enum(['errcode', 'latency', 'drop']),
  errcode: z.int().optional(),
  latencyMs: z.int().min(0).max(60_000).optional(),
  /** How many calls it affects; absent = until cleared. */
  remaining: z.int().min(1).max(10_000).optional(),
})
export const ClearFaultsInput = z.strictObject({ path: z.string().optional() })
export const FaultListOutput = z
  .array(
    z.object({ path: z.string(), fault: appliedFaultSchema, remaining: z.number().optional() }),
  )
  .readonly()

export const PhoneUserInput = z.strictObject({ accountId: z.string(), openid: z.string() })
export const OkOutput = z.object({ ok: z.literal(true) })

export const ScanInput = z.strictObject({ ticket: z.string().min(1), openid: z.string().min(1) })
export const ScanOutput = z.object({
  outcome: z.unknown(),
  exchange: pushExchangeSchema.optional(),
})
