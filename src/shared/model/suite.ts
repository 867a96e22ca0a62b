/**
 * A replay suite (docs/replay.md "Suites"): a readable file in the workspace's suites/ folder,
 * JSON or YAML, that a reviewer can diff. Steps are messages to send; each may carry assertions.
 * Values may use variables: {{user.openid}}, {{user.nickname}}, {{now}}, {{row.<name>}}, {{vars.<name>}}.
 */
import { z } from 'zod'

/** A text expectation: a bare string means "equals". */
export const textMatchSchema = z.union([
  z.string(),
  z.strictObject({ equals: z.string() }),
  z.strictObject({ matches: z.string() }),
  z.strictObject({ contains: z.string() }),
])

export const apiCallExpectationSchema = z.strictObject({
  /** e.g. /cgi-bin/message/custom/send */
  path: z.string().min(1),
  /** How many such calls during the step. @default at least one */
  count: z.number().int().min(0).optional(),
  /** Fields of the call's JSON body, e.g. { touser: '{{user.openid}}', msgtype: 'text' }. */
  body: z.record(z.string(), textMatchSchema).optional(),
})

export const stepExpectSchema = z.strictObject({
  /**
   * WeChat accepts the answer: a reply, or an acknowledgement ('' / success) — not its
   * "service unavailable" tip. What a step without `expect` asserts, with noRetry.
   */
  accepted: z.boolean().optional(),
  verdict: z.enum(['reply', 'no-reply', 'service-unavailable']).optional(),
  /** The reply's MsgType (text, image, news …). */
  replyType: z.string().optional(),
  /** Elements of the reply XML: Content, ArticleCount, Articles.item.0.Title … */
  fields: z.record(z.string(), textMatchSchema).optional(),
  /** The reply arrived within this many ms (first attempt). */
  withinMs: z.number().int().positive().optional(),
  /** Answered at the first attempt: WeChat did not have to retry. */
  noRetry: z.boolean().optional(),
  apiCalls: z.array(apiCallExpectationSchema).optional(),
  /** The reply equals the one recorded with the capture (volatile elements ignored). */
  sameReplyAsRecorded: z.boolean().optional(),
})

export const stepSendSchema = z.union([
  /** A catalogue message: type id and field values. */
  z.strictObject({ type: z.string().min(1), fields: z.record(z.string(), z.string()).optional() }),
  /** Raw push XML (plaintext; mpsim signs and encrypts it for the mode). */
  z.strictObject({ xml: z.string().min(1) }),
  /** A capture file, relative to the suite file. */
  z.strictObject({ capture: z.string().min(1) }),
])

export const suiteStepSchema = z.strictObject({
  name: z.string().optional(),
  tags: z.array(z.string()).optional(),
  /** Who sends: an openid or a nickname of the account's users. @default the first user */
  user: z.string().optional(),
  send: stepSendSchema,
  /** Keep the captured MsgId (a repeated MsgId is what a WeChat retry looks like). */
  keepMsgId: z.boolean().optional(),
  /** The reply recorded with the capture, for sameReplyAsRecorded. */
  recordedReply: z.string().optional(),
  expect: stepExpectSchema.optional(),
})

export const suiteSchema = z.strictObject({
  version: z.literal(1),
  name: z.string().min(1),
  description: z.string().optional(),
  /** The bot's push URL. @default the account's */
  target: z.string().optional(),
  /** Account id. @default the workspace's first account */
  account: z.string().optional(),
  mode: z.enum(['plain', 'compatible', 'safe']).optional(),
  /** Makes timestamps, nonces and MsgIds repeat from run to run. */
  seed: z.union([z.string(), z.number()]).optional(),
  keepMsgIds: z.boolean().optional(),
  variables: z.record(z.string(), z.string()).optional(),
  /** Data-driven: every step runs once per row, with {{row.<name>}}. */
  rows: z.array(z.record(z.string(), z.string())).optional(),
  steps: z.array(suiteStepSchema).min(1),
})

export type TextMatch = z.infer<typeof textMatchSchema>
export type StepExpect = z.infer<typeof stepExpectSchema>
export type SuiteStep = z.infer<typeof suiteStepSchema>
export type Suite = z.infer<typeof suiteSchema>

/** One assertion that did not hold: which, what was wanted, what came, and a readable diff. */
export const assertionFailureSchema = z.object({
  /** 'verdict', 'replyType', 'fields.Content', 'withinMs', 'noRetry', 'apiCalls[0]', 'sameReplyAsRecorded' */
  assertion: z.string(),
  expected: z.string(),
  actual: z.string(),
  diff: z.string().optional(),
})

export const stepResultSchema = z.object({
  /** 0-based index of the step in the suite, and of the data row. */
  index: z.number().int(),
  row: z.number().int().optional(),
  name: z.string(),
  status: z.enum(['passed', 'failed', 'error', 'skipped']),
  failures: z.array(assertionFailureSchema),
  /** Why the step could not run (unknown user, bad capture, bot unreachable …). */
  error: z.string().optional(),
  /** The bot could not be reached at all (exit code 3 for the CLI). */
  unreachable: z.boolean().optional(),
  exchangeId: z.string().optional(),
  durationMs: z.number(),
})

export const suiteResultSchema = z.object({
  runId: z.string(),
  suite: z.string(),
  file: z.string().optional(),
  startedAt: z.number(),
  durationMs: z.number(),
  steps: z.array(stepResultSchema),
  counts: z.object({
    passed: z.number().int(),
    failed: z.number().int(),
    error: z.number().int(),
    skipped: z.number().int(),
  }),
})

export type AssertionFailure = z.infer<typeof assertionFailureSchema>
export type StepResult = z.infer<typeof stepResultSchema>
export type SuiteResult = z.infer<typeof suiteResultSchema>
