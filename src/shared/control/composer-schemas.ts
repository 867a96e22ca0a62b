/**
 * Control-API schemas of the composer's form ⇄ XML bridge (previewPush, lintPushXml): the XML a
 * push would carry, and an edited XML read back with every problem found.
 */
import { z } from 'zod'

export const PreviewPushInput = z.strictObject({
  accountId: z.string().optional(),
  openid: z.string().optional(),
  typeId: z.string().min(1),
  values: z.record(z.string(), z.unknown()).optional(),
})
export const PreviewPushOutput = z.object({ xml: z.string() })

export const LintPushXmlInput = z.strictObject({ xml: z.string().max(1_000_000) })

export interface PushLint {
  /** True when the XML can be sent as it is. */
  readonly ok: boolean
  readonly typeId?: string
  /** Body values as read (null = element absent), ready for the form or sendPush. */
  readonly values?: Readonly<Record<string, unknown>>
  /** Elements the type does not define, repeated, or of the wrong shape. */
  readonly unknownFields: readonly { path: string; reason: string }[]
  /** Required elements the XML lacks. */
  readonly missingFields: readonly string[]
  /** Errors (not XML, unknown type, a value in the wrong format) with where, when known. */
  readonly problems: readonly {
    code: string
    message: string
    line?: number
    column?: number
    field?: string
  }[]
}
export const PushLintOutput: z.ZodType<PushLint> = z.object({
  ok: z.boolean(),
  typeId: z.string().optional(),
  values: z.record(z.string(), z.unknown()).optional(),
  unknownFields: z.array(z.object({ path: z.string(), reason: z.string() })),
  missingFields: z.array(z.string()),
  problems: z.array(
    z.object({
      code: z.string(),
      message: z.string(),
      line: z.number().optional(),
      column: z.number().optional(),
      field: z.string().optional(),
    }),
  ),
})
