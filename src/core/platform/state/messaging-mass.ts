/**
 * Mass sends (docs/api-messaging.md "Mass sends"): each job an account submitted, its recipients'
 * counts, the clientmsgid it carried, and how many mass messages each user received this month.
 *
 * WeChat limits a service account's mass messages to 4 per user per calendar month [doc: 群发接口
 * "服务号提供每月（自然月）4条的群发权限"]; mpsim applies that rule to every account (accounts carry no
 * subscription/service type) and counts it per user, so a user who had 4 is filtered out of the
 * next job (FilterCount < TotalCount), which is how MASSSENDJOBFINISH reports it [doc].
 */
import type { Clock } from '../../runtime/clock'
import type { Random } from '../../runtime/random'
import { beijingMonth } from './sim-day'

export const MASS_PER_USER_PER_MONTH = 4
/** clientmsgid: at most 64 bytes [doc]; reused within 24 h ⇒ 45065, within 1 min ⇒ 45066 [doc]. */
export const CLIENT_MSG_ID_MAX_BYTES = 64
const DAY_S = 24 * 60 * 60
const MINUTE_S = 60

export type MassStatus = 'SEND_SUCCESS' | 'SENDING' | 'SEND_FAIL' | 'DELETE'
export type MassTarget = 'all' | 'tag' | 'openids' | 'preview'

export interface MassCounts {
  readonly total: number
  readonly filter: number
  readonly sent: number
  readonly error: number
}

export interface MassJob {
  /** Decimal string: WeChat's mass ids are int64 (10 digits today [wire]). */
  readonly msgId: string
  /** mpnews only: the id of the sent articles [doc]. */
  readonly msgDataId?: string
  readonly accountId: string
  readonly target: MassTarget
  readonly msgType: string
  readonly message: Readonly<Record<string, unknown>>
  readonly recipients: readonly string[]
  readonly counts: MassCounts
  readonly clientMsgId?: string
  /** Simulated Unix seconds. */
  readonly createdAt: number
  status: MassStatus
  /** mass/delete of a single article (article_idx > 0) marks just those. */
  deletedArticles: number[]
}

export type ClientMsgIdCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly errcode: 45065 | 45066 | 45067; readonly job?: MassJob }

/** Keep the last few thousand jobs; the Exchange log is the full history. */
const KEEP = 2000

export class MassLog {
  private jobs: MassJob[] = []
  /** accountId\nopenid → month → mass messages received. */
  private readonly received = new Map<string, { month: string; count: number }>()
  /** mass/speed/set per account [doc: speed 0..4]. */
  private readonly speeds = new Map<string, number>()
  private readonly clock: Clock
  private readonly random: Random

  constructor(deps: { clock: Clock; random: Random }) {
    this.clock = deps.clock
    this.random = deps.random
  }

  /** A fresh 10-digit id, like `3147494276` [wire]. */
  newId(): string {
    for (;;) {
      let id = String(1 + this.random.int(8))
      for (let i = 1; i < 10; i++) id += String(this.random.int(10))
      if (!this.jobs.some((j) => j.msgId === id || j.msgDataId === id)) return id
    }
  }

  checkClientMsgId(accountId: string, clientMsgId: string): ClientMsgIdCheck {
    if (Buffer.byteLength(clientMsgId, 'utf8') > CLIENT_MSG_ID_MAX_BYTES) {
      return { ok: false, errcode: 45067 }
    }
    const now = this.clock.nowSeconds()
    const job = [...this.jobs]
      .reverse()
      .find((j) => j.accountId === accountId && j.clientMsgId === clientMsgId)
    if (!job || now - job.createdAt >= DAY_S) return { ok: true }
    return { ok: false, errcode: now - job.createdAt < MINUTE_S ? 45066 : 45065, job }
  }

  /** Whether the user may still receive a mass message this month. */
  canReceive(accountId: string, openid: string): boolean {
    return this.receivedThisMonth(accountId, openid) < MASS_PER_USER_PER_MONTH
  }

  receivedThisMonth(accountId: string, openid: string): number {
    const record = this.received.get(`${accountId}\n${openid}`)
    return record?.month === beijingMonth(this.clock.nowMs()) ? record.count : 0
  }

  add(job: MassJob): void {
    this.jobs = [...this.jobs.slice(-(KEEP - 1)), job]
    if (job.target === 'preview') return // previews do not count against the monthly 4
    const month = beijingMonth(this.clock.nowMs())
    for (const openid of job.recipients) {
      const key = `${job.accountId}\n${openid}`
      const record = this.received.get(key)
      const count = record?.month === month ? record.count : 0
      this.received.set(key, { month, count: count + 1 })
    }
  }

  find(accountId: string, msgId: string): MassJob | undefined {
    return this.jobs.find((j) => j.accountId === accountId && j.msgId === msgId)
  }

  list(accountId?: string): MassJob[] {
    return accountId === undefined
      ? [...this.jobs]
      : this.jobs.filter((j) => j.accountId === accountId)
  }

  speed(accountId: string): number {
    return this.speeds.get(accountId) ?? 0
  }

  setSpeed(accountId: string, speed: number): void {
    this.speeds.set(accountId, speed)
  }
}
