/**
 * settings.json: how this workspace runs. Ports have fixed defaults that move to a free port when
 * taken (docs/design.md "Defaults that make the first minute work"); 0 asks for any free port.
 */
import { z } from 'zod'
import { FILE_VERSION } from '../layout'
import { portSchema } from './identifiers'

/** Bounds of logSegmentMB: a segment a text editor can still open, and at least one megabyte. */
export const LOG_SEGMENT_MB = { min: 1, max: 1024 } as const

export const versionSchema = z.literal(FILE_VERSION, {
  error: `must be ${FILE_VERSION} (the only file version this mpsim reads)`,
})

export const settingsSchema = z.strictObject({
  version: versionSchema,
  ports: z.strictObject({
    /** The mock WeChat (/cgi-bin, /sns, /connect/oauth2). */
    platform: portSchema,
    /** The sample bot. */
    bot: portSchema,
    /** Control API and UI. */
    control: portSchema,
  }),
  /** Encryption mode given to new accounts (protocol.md §2). */
  defaultMode: z.enum(['plain', 'compatible', 'safe']),
  push: z.strictObject({
    /**
     * Deliveries per push when the bot does not answer in time, the first one included: WeChat's
     * doc says "retries three times in total" and field reports count three deliveries (protocol.md §7.3).
     */
    attempts: z.int().min(1).max(10),
    /** WeChat gives up on a delivery after 5 s (protocol.md §7.3); raise it to debug a slow bot. */
    timeoutMs: z.int().min(100).max(600_000),
  }),
  /** UI language; 'auto' follows the system. */
  language: z.enum(['auto', 'zh-CN', 'en']),
  /**
   * Customer-service quota: false = the current doc (5 messages in 48 h after a user message),
   * true = the 2017-18 behaviour (about 20 per interaction), protocol.md §10.3.
   */
  legacyCsQuota: z.boolean(),
  /** Makes ids, nonces and keys reproducible (deterministic mode); absent = secure random. */
  seed: z.string().min(1).max(200).optional(),
  /**
   * Size in MB at which exchanges.ndjson is closed as a segment and a new one begun
   * (docs/workspace.md "The exchange log"); absent = DEFAULT_LOG_SEGMENT_MB (64). Optional so
   * settings.json files written before the setting existed still load.
   */
  logSegmentMB: z.int().min(LOG_SEGMENT_MB.min).max(LOG_SEGMENT_MB.max).optional(),
})

export type Settings = z.infer<typeof settingsSchema>
