/**
 * settings.json for a new workspace. The control port matches the one the CLI and README document
 * (5174); the mock platform and the sample bot take the next two. Each moves to a free port when
 * taken (docs/design.md "Defaults that make the first minute work").
 */
import { FILE_VERSION } from '../layout'
import type { Settings } from '../schemas/settings'

export const DEFAULT_PORTS = { platform: 5175, bot: 5176, control: 5174 } as const

/**
 * Exchange-log segment size when settings.json does not set logSegmentMB: about 40,000 typical
 * exchanges, small enough to open in an editor, and start-up never reads more than the window.
 */
export const DEFAULT_LOG_SEGMENT_MB = 64

export function defaultSettings(): Settings {
  return {
    version: FILE_VERSION,
    ports: { ...DEFAULT_PORTS },
    defaultMode: 'plain',
    // Three deliveries in total and a 5 s deadline each: WeChat's own behaviour (protocol.md §7.3).
    push: { attempts: 3, timeoutMs: 5000 },
    language: 'auto',
    legacyCsQuota: false,
  }
}
