/**
 * The discovery file: how `mpsim send` and `mpsim verify` find a core already running on a
 * workspace (the desktop app or `mpsim serve`) and act through it, so their exchanges appear in
 * the open app and share its platform state. It holds the control API's URL and per-launch token,
 * so it is written 0600 like accounts.json, and only loopback URLs are accepted when read back.
 */
import { z } from 'zod'

/** Hidden, beside settings.json: a workspace is a folder people commit, and this is per launch. */
export const DISCOVERY_FILE = '.mpsim-core.json'

export const DISCOVERY_VERSION = 1

export const discoveryRecordSchema = z.strictObject({
  version: z.literal(DISCOVERY_VERSION),
  /** The control API's base URL; loopback only, as the core never listens elsewhere. */
  url: z.string().regex(/^http:\/\/127\.0\.0\.1:\d{1,5}$/, 'must be http://127.0.0.1:<port>'),
  token: z.string().min(16).max(200),
  pid: z.int().min(1),
  /** mpsim's version in the running core (a CLI of another version still attaches: same API). */
  mpsimVersion: z.string().min(1).max(100),
  host: z.enum(['electron', 'node']),
  /** ISO time the core started: for a person reading the file, never compared. */
  startedAt: z.string().max(40),
})

export type DiscoveryRecord = z.infer<typeof discoveryRecordSchema>
