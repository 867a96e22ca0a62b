/**
 * Parametric QR codes per account (带参数二维码, protocol.md §10.6 family; doc "生成带参数的二维码"):
 * temporary codes (QR_SCENE, QR_STR_SCENE) expire after expire_seconds (default 60, max 30 days),
 * permanent ones (QR_LIMIT_SCENE, QR_LIMIT_STR_SCENE) never do [doc]. The ticket is what a bot
 * turns into an image and what the simulated phone "scans".
 */
import type { Clock } from '../../runtime/clock'
import type { Random } from '../../runtime/random'
import { randomAlnum } from '../../runtime/random'

const DAY_MS = 24 * 60 * 60 * 1000

export type QrAction = 'QR_SCENE' | 'QR_STR_SCENE' | 'QR_LIMIT_SCENE' | 'QR_LIMIT_STR_SCENE'

/** What the scene carries: a number (…_SCENE) or a string (…_STR_SCENE). */
export type QrScene = { readonly id: number } | { readonly str: string }

export interface QrCode {
  readonly ticket: string
  readonly url: string
  readonly accountId: string
  readonly action: QrAction
  readonly scene: QrScene
  readonly createdAtMs: number
  /** Absent for permanent codes. */
  readonly expiresAtMs?: number
}

export function isPermanent(action: QrAction): boolean {
  return action === 'QR_LIMIT_SCENE' || action === 'QR_LIMIT_STR_SCENE'
}

/** The scene as it appears in EventKey (`qrscene_` + this for a subscribe). */
export function sceneText(scene: QrScene): string {
  return 'id' in scene ? String(scene.id) : scene.str
}

export class QrCodeStore {
  private readonly codes = new Map<string, QrCode>()

  private readonly clock: Clock
  private readonly random: Random

  constructor(clock: Clock, random: Random) {
    this.clock = clock
    this.random = random
  }

  /**
   * A new code. Asking again for a permanent code with the same scene returns the same ticket
   * (permanent codes are keyed by their scene [unconfirmed]); temporary codes are always new.
   */
  create(accountId: string, action: QrAction, scene: QrScene, expireSeconds?: number): QrCode {
    const now = this.clock.nowMs()
    if (isPermanent(action)) {
      const same = [...this.codes.values()].find(
        (c) =>
          c.accountId === accountId &&
          c.action === action &&
          sceneText(c.scene) === sceneText(scene),
      )
      if (same) return same
    }
    const code: QrCode = {
      ticket: this.newTicket(),
      url: `http://weixin.qq.com/q/02${randomAlnum(this.random, 20)}`,
      accountId,
      action,
      scene,
      createdAtMs: now,
      ...(isPermanent(action) ? {} : { expiresAtMs: now + (expireSeconds ?? 60) * 1000 }),
    }
    this.forgetExpired(now)
    this.codes.set(code.ticket, code)
    return code
  }

  find(ticket: string): QrCode | undefined {
    return this.codes.get(ticket)
  }

  expired(code: QrCode): boolean {
    return code.expiresAtMs !== undefined && this.clock.nowMs() >= code.expiresAtMs
  }

  list(accountId: string): QrCode[] {
    return [...this.codes.values()].filter((c) => c.accountId === accountId)
  }

  /** Temporary codes a day past expiry are dropped; scanning one then reads as unknown. */
  private forgetExpired(now: number): void {
    for (const [ticket, c] of this.codes) {
      if (c.expiresAtMs !== undefined && c.expiresAtMs + DAY_MS < now) this.codes.delete(ticket)
    }
  }

  /**
   * Real tickets are standard base64 starting `gQ` (a 0x81 lead byte) and contain `/`, `+` and `=`,
   * so a bot that forgets to URL-encode it for showqrcode breaks here as it would for real [wire].
   */
  private newTicket(): string {
    for (;;) {
      const ticket = Buffer.concat([Buffer.from([0x81, 0x07]), this.random.bytes(61)]).toString(
        'base64',
      )
      if (!this.codes.has(ticket)) return ticket
    }
  }
}
