/**
 * A captured push brought into mpsim for replay (docs/replay.md "Import"): the message as parsed
 * and, beside it, the bytes exactly as they came, so nothing of the original is lost. Importers
 * say what they skipped and why, as codes the app and the CLI word in the user's language.
 */
import { z } from 'zod'

export const CAPTURE_SOURCE_KINDS = ['xml', 'har', 'ndjson', 'export', 'paste'] as const

export const captureSourceSchema = z.object({
  kind: z.enum(CAPTURE_SOURCE_KINDS),
  /** The file's name (its path inside a folder), or 'pasted text'. */
  name: z.string(),
  /** Which entry of a HAR, log or export, 0-based. */
  index: z.number().int().min(0).optional(),
})

export const capturedMessageSchema = z.object({
  /** Stable within one import: `<source name>#<index>`. */
  id: z.string(),
  source: captureSourceSchema,
  /** The body exactly as captured (UTF-8 text; base64 too when it was not valid UTF-8). */
  original: z.object({ text: z.string(), base64: z.string().optional() }),
  /** The plaintext push XML (the inner XML of an encrypted envelope, decrypted). */
  plainXml: z.string(),
  /** The capture was an encrypted envelope (compatible or safe mode). */
  encrypted: z.boolean(),
  /** The request's query and headers when the capture kept them (HAR, mpsim's own log). */
  query: z.record(z.string(), z.string()).optional(),
  headers: z.array(z.tuple([z.string(), z.string()])).optional(),
  msgType: z.string(),
  event: z.string().optional(),
  /** Catalogue type id when known, e.g. 'text', 'event.CLICK'. */
  typeId: z.string().optional(),
  fromUserName: z.string().optional(),
  msgId: z.string().optional(),
  /** The bot's answer when the capture holds it (HAR, log): for "same reply as recorded". */
  recordedReply: z.object({ status: z.number(), body: z.string() }).optional(),
  /** The mpsim exchange it came from (log, export, the inspector). */
  exchangeId: z.string().optional(),
})

export const SKIP_REASONS = [
  'not-xml',
  'not-a-push',
  'undecryptable',
  'empty',
  'too-large',
  'unreadable',
  'not-har',
  'not-a-post',
  'not-an-exchange',
] as const

export const skippedCaptureSchema = z.object({
  source: captureSourceSchema,
  reason: z.enum(SKIP_REASONS),
  /** The parser's or decrypter's own words, for Details. */
  detail: z.string().optional(),
})

export const importReportSchema = z.object({
  messages: z.array(capturedMessageSchema),
  skipped: z.array(skippedCaptureSchema),
})

export type CaptureSource = z.infer<typeof captureSourceSchema>
export type CapturedMessage = z.infer<typeof capturedMessageSchema>
export type SkipReason = (typeof SKIP_REASONS)[number]
export type SkippedCapture = z.infer<typeof skippedCaptureSchema>
export type ImportReport = z.infer<typeof importReportSchema>
