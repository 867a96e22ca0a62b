/**
 * The Exchange as a zod schema: what the exchange log accepts when it reads a line back and what
 * the control API's client checks in an answer. The interfaces in exchange.ts stay the source of
 * the type; `z.ZodType<…>` annotations make the compiler hold the two together.
 *
 * Tolerant where old records differ: attempts without signature breakdowns, pushes without
 * `timeoutMs`, API facts of an older shape (dropped rather than losing the record). The reply
 * verdict is checked by its outline only (outcome, problems, phone view): its detail grows with the
 * validator and is rendered defensively, and a full schema would cost more than it protects.
 */
import { z } from 'zod'
import type {
  DedupeReport,
  JssdkCallFact,
  JssdkConfigFact,
  PageAnalysis,
  PlatformAnalysis,
  PushAnalysis,
  PushOverrides,
  VerifyAnalysis,
} from './analysis'
import type { CryptoLayers, SignatureBreakdown } from './breakdowns'
import type {
  ApiExchange,
  AppliedFault,
  Attempt,
  Exchange,
  ExchangeKind,
  ExchangeOf,
  OauthExchange,
  PageExchange,
  PushExchange,
  VerifyExchange,
  NetworkError,
  RecordedBody,
  RecordedRequest,
  RecordedResponse,
} from './exchange'
import type { Verdict } from './verdict'
import { VERIFY_CODES } from './verify-codes'
import type { VerifyVerdict } from './verify-codes'

const header = z.tuple([z.string(), z.string()]).readonly()

export const signatureBreakdownSchema: z.ZodType<SignatureBreakdown> = z.object({
  parts: z.array(z.string()),
  sorted: z.array(z.string()),
  joined: z.string(),
  sha1: z.string(),
})

export const cryptoLayersSchema: z.ZodType<CryptoLayers> = z.object({
  random: z.string(),
  randomHex: z.string(),
  msgLen: z.number(),
  message: z.string(),
  receiveId: z.string(),
  fullStrBytes: z.number(),
  padValue: z.number(),
  padBytesUniform: z.boolean(),
  cipherBytes: z.number(),
  encrypt: z.string(),
  keyCanonical: z.boolean(),
})

const bodySchema: z.ZodType<RecordedBody> = z.object({
  text: z.string(),
  bytes: z.number(),
  base64: z.string().optional(),
})

const requestSchema: z.ZodType<RecordedRequest> = z.object({
  method: z.string(),
  url: z.string(),
  headers: z.array(header),
  body: bodySchema,
})

const responseSchema: z.ZodType<RecordedResponse> = z.object({
  status: z.number(),
  headers: z.array(header),
  body: bodySchema,
})

// A code this version does not know (an older or newer writer) still reads as a network failure.
const networkErrorSchema: z.ZodType<NetworkError> = z.object({
  code: z
    .enum([
      'timeout',
      'connection-refused',
      'connection-reset',
      'dns',
      'tls',
      'redirect',
      'too-large',
      'other',
    ])
    .catch('other'),
  message: z.string(),
})

export const attemptSchema: z.ZodType<Attempt> = z.object({
  index: z.number(),
  startedAt: z.number(),
  durationMs: z.number(),
  request: requestSchema,
  response: responseSchema.optional(),
  error: networkErrorSchema.optional(),
  signature: signatureBreakdownSchema.optional(),
  msgSignature: signatureBreakdownSchema.optional(),
})

export const appliedFaultSchema: z.ZodType<AppliedFault> = z.object({
  kind: z.enum(['errcode', 'latency', 'drop']),
  errcode: z.number().optional(),
  latencyMs: z.number().optional(),
})

const facts = z.record(z.string(), z.union([z.string(), z.number()]))

const verdictOutline = z.looseObject({
  outcome: z.enum(['reply', 'no-reply', 'service-unavailable']),
  problems: z.array(
    z.looseObject({
      code: z.string(),
      severity: z.enum(['error', 'warning', 'info']),
      detail: facts,
    }),
  ),
  phoneView: z.looseObject({ kind: z.string() }),
})

export const verdictSchema = z.custom<Verdict>((value) => verdictOutline.safeParse(value).success, {
  message: 'not a reply verdict (outcome, problems, phoneView)',
})

export const verifyVerdictSchema: z.ZodType<VerifyVerdict> = z.object({
  ok: z.boolean(),
  code: z.enum(VERIFY_CODES),
  detail: facts,
  acceptsForgedSignature: z.boolean().optional(),
})

const overridesSchema: z.ZodType<PushOverrides> = z.object({
  contentType: z.string().optional(),
  wrongSignature: z.boolean().optional(),
  staleSeconds: z.number().optional(),
  usePreviousKey: z.boolean().optional(),
})

const dedupeSchema: z.ZodType<DedupeReport> = z.object({
  attempts: z.number(),
  customSends: z.number(),
  visibleReply: z.boolean(),
  duplicate: z.boolean(),
})

export const pushAnalysisSchema: z.ZodType<PushAnalysis> = z.object({
  typeId: z.string(),
  mode: z.enum(['plain', 'compatible', 'safe']),
  msgType: z.string(),
  event: z.string().optional(),
  plainXml: z.string(),
  overrides: overridesSchema,
  signature: signatureBreakdownSchema,
  msgSignature: signatureBreakdownSchema.optional(),
  crypto: cryptoLayersSchema.optional(),
  keyUsed: z.enum(['current', 'previous']).optional(),
  attemptOutcomes: z.array(z.enum(['reply', 'no-reply', 'service-unavailable'])),
  dedupe: dedupeSchema.optional(),
  timeoutMs: z.number().optional(),
  attemptsAllowed: z.number().optional(),
})

export const verifyAnalysisSchema: z.ZodType<VerifyAnalysis> = z.object({
  verdict: verifyVerdictSchema,
  signature: signatureBreakdownSchema,
  echostr: z.string(),
  timeoutMs: z.number().optional(),
})

// Platform facts only explain a call: an unreadable set is dropped, the call itself kept.
const platformAnalysisSchema: z.ZodType<PlatformAnalysis | undefined> = z
  .object({
    problem: z.string().optional(),
    warnings: z.array(z.string()).optional(),
    bodyProblem: z.string().optional(),
    limitBytes: z.number().optional(),
    parserError: z.string().optional(),
    at: z.string().optional(),
    reason: z.string().optional(),
    window: z
      .array(z.object({ trigger: z.string(), left: z.number(), closesAt: z.number() }))
      .optional(),
    outcome: z.enum(['code', 'denied', 'consent-page', 'error-page']).optional(),
    scope: z.string().optional(),
    lang: z.string().optional(),
    grantType: z.string().optional(),
    expected: z.string().optional(),
    findings: z
      .array(
        z.object({
          code: z.string(),
          severity: z.enum(['error', 'warning']),
          detail: facts,
          wechatErrcode: z.number().optional(),
        }),
      )
      .optional(),
    phoneUser: z.literal('first-user-of-account').optional(),
  })
  .optional()
  .catch(undefined)

const base = {
  id: z.string().min(1),
  accountId: z.string(),
  openid: z.string().optional(),
  title: z.string(),
  simTime: z.number(),
  attempts: z.array(attemptSchema),
  fault: appliedFaultSchema.optional(),
  errcode: z.number().optional(),
  inProgress: z.literal(true).optional(),
}

export const pushExchangeSchema: z.ZodType<PushExchange> = z.object({
  ...base,
  kind: z.literal('push'),
  verdict: verdictSchema.optional(),
  analysis: pushAnalysisSchema,
})

export const verifyExchangeSchema: z.ZodType<VerifyExchange> = z.object({
  ...base,
  kind: z.literal('verify'),
  analysis: verifyAnalysisSchema,
})

const apiExchangeSchema: z.ZodType<ApiExchange> = z.object({
  ...base,
  kind: z.literal('api'),
  analysis: platformAnalysisSchema,
})

const oauthExchangeSchema: z.ZodType<OauthExchange> = z.object({
  ...base,
  kind: z.literal('oauth'),
  analysis: platformAnalysisSchema,
})

const jssdkConfigSchema: z.ZodType<JssdkConfigFact> = z.object({
  errMsg: z.string(),
  ok: z.boolean(),
  problem: z.string().optional(),
  appId: z.string(),
  timestamp: z.string(),
  nonceStr: z.string(),
  jsApiList: z.array(z.string()),
  url: z.string(),
  fragmentStripped: z.string().optional(),
  ticket: z.string(),
  string1: z.string(),
  expectedSignature: z.string(),
  givenSignature: z.string(),
  signatureMatch: z.string().optional(),
  signedString1: z.string().optional(),
  domain: z.string(),
  allowedDomains: z.array(z.string()),
})

const jssdkCallSchema: z.ZodType<JssdkCallFact> = z.object({
  api: z.string(),
  args: z.string(),
  answer: z.string(),
  ok: z.boolean(),
})

export const pageAnalysisSchema: z.ZodType<PageAnalysis> = z.object({
  url: z.string(),
  routedTo: z.enum(['site', 'platform']),
  wechatHost: z.string().optional(),
  purpose: z.enum(['navigate', 'form', 'fetch', 'jssdk']),
  redirectTo: z.string().optional(),
  title: z.string().optional(),
  walkId: z.string().optional(),
  jssdkConfig: jssdkConfigSchema.optional(),
  jssdkCall: jssdkCallSchema.optional(),
  notes: z.array(z.string()).optional(),
})

const pageExchangeSchema: z.ZodType<PageExchange> = z.object({
  ...base,
  kind: z.literal('page'),
  analysis: pageAnalysisSchema,
})

const schemaOfKind = {
  push: pushExchangeSchema,
  verify: verifyExchangeSchema,
  api: apiExchangeSchema,
  oauth: oauthExchangeSchema,
  page: pageExchangeSchema,
} as const satisfies { [K in ExchangeKind]: z.ZodType<ExchangeOf<K>> }

const kindOutline = z.looseObject({
  id: z.string().min(1),
  kind: z.enum(['push', 'verify', 'api', 'oauth', 'page']),
})

/** Any Exchange: the outline's `kind` picks the schema, so an error names the right fields. */
export const exchangeSchema: z.ZodType<Exchange> = kindOutline.transform((value, ctx): Exchange => {
  const result = schemaOfKind[value.kind].safeParse(value)
  if (result.success) return result.data
  for (const issue of result.error.issues) ctx.addIssue({ ...issue, input: undefined })
  return z.NEVER
})
