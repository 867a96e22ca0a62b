/**
 * The customer-service message window per user (protocol.md §10.3, §13). A user's action opens a grant:
 * - a message from the user: 5 sends within 48 h (each new message starts a fresh grant) [doc];
 * - a follow, a QR scan or a click on a click/scancode_push/scancode_waitmsg menu: 3 sends within
 *   1 minute [doc];
 * - legacy mode (2017–18 reports [wire]): any of those allows 20 sends within 48 h.
 * Sending outside every grant answers 45015; inside a grant whose count is spent, 45047.
 * The push engine opens grants when it delivers the user's action; scanQrCode opens its own.
 */
import type { Clock } from '../../runtime/clock'

export type WindowTrigger = 'message' | 'menu' | 'follow' | 'scan'
export type WindowMode = 'doc' | 'legacy-20'

/** Menu types whose click opens a 3-per-minute grant [doc]. */
export const WINDOW_MENU_TYPES: ReadonlySet<string> = new Set([
  'click',
  'scancode_push',
  'scancode_waitmsg',
])

const HOUR_MS = 60 * 60 * 1000
const MESSAGE_GRANT = { sends: 5, ms: 48 * HOUR_MS }
const EVENT_GRANT = { sends: 3, ms: 60 * 1000 }
const LEGACY_GRANT = { sends: 20, ms: 48 * HOUR_MS }

/** One open grant as the UI shows it (simulated Unix seconds). */
export interface WindowGrant {
  readonly trigger: WindowTrigger
  readonly left: number
  readonly closesAt: number
}

interface Grant {
  readonly trigger: WindowTrigger
  left: number
  readonly closesAtMs: number
}

export class CustomServiceWindow {
  private readonly grants = new Map<string, Grant[]>()
  private currentMode: WindowMode = 'doc'

  private readonly clock: Clock

  constructor(clock: Clock) {
    this.clock = clock
  }

  get mode(): WindowMode {
    return this.currentMode
  }

  /** Switches between the documented quotas and the legacy 20; open grants are kept as they are. */
  setMode(mode: WindowMode): void {
    this.currentMode = mode
  }

  /** The user did something that lets the account answer. */
  open(accountId: string, openid: string, trigger: WindowTrigger): void {
    const now = this.clock.nowMs()
    const rule =
      this.currentMode === 'legacy-20'
        ? LEGACY_GRANT
        : trigger === 'message'
          ? MESSAGE_GRANT
          : EVENT_GRANT
    // A new message replaces the message grant (the 48 h and the 5 restart); event grants stack.
    const kept = this.openGrants(accountId, openid).filter(
      (g) => !(trigger === 'message' && g.trigger === 'message'),
    )
    const grant: Grant = { trigger, left: rule.sends, closesAtMs: now + rule.ms }
    this.grants.set(key(accountId, openid), [...kept, grant])
  }

  /** Spends one send: 0 when allowed, else the errcode to answer. */
  take(accountId: string, openid: string): 0 | 45015 | 45047 {
    const open = this.openGrants(accountId, openid)
    if (open.length === 0) return 45015
    // Spend from the grant that closes first, so the long message grant lasts.
    const usable = open.filter((g) => g.left > 0).sort((a, b) => a.closesAtMs - b.closesAtMs)[0]
    if (!usable) return 45047
    usable.left -= 1
    return 0
  }

  /** Open grants of one user (for the UI). */
  peek(accountId: string, openid: string): WindowGrant[] {
    return this.openGrants(accountId, openid).map((g) => ({
      trigger: g.trigger,
      left: g.left,
      closesAt: Math.floor(g.closesAtMs / 1000),
    }))
  }

  /** Grants still open at the current simulated time; closed ones are dropped. */
  private openGrants(accountId: string, openid: string): Grant[] {
    const now = this.clock.nowMs()
    const k = key(accountId, openid)
    const open = (this.grants.get(k) ?? []).filter((g) => now < g.closesAtMs)
    if (open.length === 0) this.grants.delete(k)
    else this.grants.set(k, open)
    return open
  }
}

function key(accountId: string, openid: string): string {
  return `${accountId}\n${openid}`
}
