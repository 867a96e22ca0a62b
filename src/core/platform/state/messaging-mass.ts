/**
 * Mass sends (docs/api-messaging.md "Mass sends"): each job an account submitted, its recipients'
 * counts, the clientmsgid it carried, and how many mass messages each user received this month.
 *
 * WeChat limits a service account's mass messages to 4 per user per calendar month [doc: 群发接口
 * "服务号提供每月（自然月）4条的群发权限"]; mpsim applies that rule to every account (accounts carry no
 * subscription/service type) and counts it per user, so a user who had 4 is filtered out of the
 * next job (FilterCount < TotalCount), which is how MASSSENDJOBFINISH reports it [doc].
 *
 * Per account, kept in `<workspace>/mass/<accountId>.json` (messaging-json-file.ts): the last
 * KEEP_JOBS jobs, the clientmsgids of the last 24 hours, this month's per-user counts and the
 * speed, so a restart resets none of the limits. Every change resolves once it is on disk.
 */
import type { Clock } from '../../runtime/clock'
import type { Random } from '../../runtime/random'
import { AccountJsonBook, isNumber, isRecord, isString } from './messaging-json-file'
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
  readonly status: MassStatus
  /** mass/delete of a single article (article_idx > 0) marks just those. */
  readonly deletedArticles: readonly number[]
}

export type ClientMsgIdCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly errcode: 45065 | 45066 | 45067; readonly msgId?: string }

/** Mass jobs kept per account (mass/get, mass/delete); the Exchange log is the full history. */
export const KEEP_JOBS = 1000

const STATUSES: readonly MassStatus[] = ['SEND_SUCCESS', 'SENDING', 'SEND_FAIL', 'DELETE']
const TARGETS: readonly MassTarget[] = ['all', 'tag', 'openids', 'preview']

type StoredJob = Omit<MassJob, 'accountId'>

interface ClientMsgIdUse {
  readonly id: string
  readonly msgId: string
  /** Simulated Unix seconds. */
  readonly at: number
}

interface MassFile {
  jobs: StoredJob[]
  /** openid → mass messages received in `month` (Beijing YYYY-MM). */
  received: Record<string, { month: string; count: number }>
  /** clientmsgids of the last 24 hours, oldest first. */
  clientMsgIds: ClientMsgIdUse[]
  /** mass/speed/set [doc: speed 0..4]. */
  speed: number
}

function parseJob(v: unknown): StoredJob | undefined {
  if (!isRecord(v)) return undefined
  const counts = v.counts
  if (
    !isString(v.msgId) ||
    (v.msgDataId !== undefined && !isString(v.msgDataId)) ||
    !TARGETS.includes(v.target as MassTarget) ||
    !isString(v.msgType) ||
    !isRecord(v.message) ||
    !Array.isArray(v.recipients) ||
    !v.recipients.every(isString) ||
    !isRecord(counts) ||
    ![counts.total, counts.filter, counts.sent, counts.error].every(isNumber) ||
    (v.clientMsgId !== undefined && !isString(v.clientMsgId)) ||
    !isNumber(v.createdAt) ||
    !STATUSES.includes(v.status as MassStatus) ||
    !Array.isArray(v.deletedArticles) ||
    !v.deletedArticles.every(isNumber)
  ) {
    return undefined
  }
  return {
    msgId: v.msgId,
    ...(isString(v.msgDataId) ? { msgDataId: v.msgDataId } : {}),
    target: v.target as MassTarget,
    msgType: v.msgType,
    message: v.message,
    recipients: v.recipients,
    counts: {
      total: counts.total as number,
      filter: counts.filter as number,
      sent: counts.sent as number,
      error: counts.error as number,
    },
    ...(isString(v.clientMsgId) ? { clientMsgId: v.clientMsgId } : {}),
    createdAt: v.createdAt,
    status: v.status as MassStatus,
    deletedArticles: v.deletedArticles,
  }
}

function parseMass(file: Record<string, unknown>): MassFile | undefined {
  if (!Array.isArray(file.jobs) || !isRecord(file.received) || !Array.isArray(file.clientMsgIds))
    return undefined
  const jobs: StoredJob[] = []
  for (const v of file.jobs) {
    const job = parseJob(v)
    if (!job) return undefined
    jobs.push(job)
  }
  const received: MassFile['received'] = {}
  for (const [openid, v] of Object.entries(file.received)) {
    if (!isRecord(v) || !isString(v.month) || !isNumber(v.count)) return undefined
    received[openid] = { month: v.month, count: v.count }
  }
  const clientMsgIds: ClientMsgIdUse[] = []
  for (const v of file.clientMsgIds) {
    if (!isRecord(v) || !isString(v.id) || !isString(v.msgId) || !isNumber(v.at)) return undefined
    clientMsgIds.push({ id: v.id, msgId: v.msgId, at: v.at })
  }
  const speed = isNumber(file.speed) && file.speed >= 0 && file.speed <= 4 ? file.speed : 0
  return { jobs: jobs.slice(-KEEP_JOBS), received, clientMsgIds, speed }
}

const emptyMass = (): MassFile => ({ jobs: [], received: {}, clientMsgIds: [], speed: 0 })

export class MassLog {
  private readonly book: AccountJsonBook<MassFile>
  private readonly clock: Clock
  private readonly random: Random

  constructor(deps: { clock: Clock; random: Random; dir?: string }) {
    this.clock = deps.clock
    this.random = deps.random
    this.book = new AccountJsonBook(deps.dir, 'mass', parseMass, emptyMass)
  }

  /** A fresh 10-digit id, like `3147494276` [wire], unused by the account's kept jobs. */
  newId(accountId: string): string {
    const jobs = this.book.get(accountId).jobs
    for (;;) {
      let id = String(1 + this.random.int(8))
      for (let i = 1; i < 10; i++) id += String(this.random.int(10))
      if (!jobs.some((j) => j.msgId === id || j.msgDataId === id)) return id
    }
  }

  checkClientMsgId(accountId: string, clientMsgId: string): ClientMsgIdCheck {
    if (Buffer.byteLength(clientMsgId, 'utf8') > CLIENT_MSG_ID_MAX_BYTES) {
      return { ok: false, errcode: 45067 }
    }
    const now = this.clock.nowSeconds()
    const use = [...this.book.get(accountId).clientMsgIds]
      .reverse()
      .find((u) => u.id === clientMsgId)
    if (!use || now - use.at >= DAY_S) return { ok: true }
    return { ok: false, errcode: now - use.at < MINUTE_S ? 45066 : 45065, msgId: use.msgId }
  }

  /** Whether the user may still receive a mass message this month. */
  canReceive(accountId: string, openid: string): boolean {
    return this.receivedThisMonth(accountId, openid) < MASS_PER_USER_PER_MONTH
  }

  receivedThisMonth(accountId: string, openid: string): number {
    const record = this.book.get(accountId).received[openid]
    return record?.month === beijingMonth(this.clock.nowMs()) ? record.count : 0
  }

  /** Records the job (and its recipients' monthly counts); resolves once it is on disk. */
  add(job: MassJob): Promise<void> {
    const { accountId, ...stored } = job
    const file = this.book.get(accountId)
    file.jobs = [...file.jobs.slice(-(KEEP_JOBS - 1)), stored]
    const now = this.clock.nowSeconds()
    file.clientMsgIds = file.clientMsgIds.filter((u) => now - u.at < DAY_S)
    if (job.clientMsgId !== undefined) {
      file.clientMsgIds.push({ id: job.clientMsgId, msgId: job.msgId, at: job.createdAt })
    }
    const month = beijingMonth(this.clock.nowMs())
    // Counts of earlier months no longer matter: keep the file to this month's.
    for (const [openid, record] of Object.entries(file.received)) {
      if (record.month !== month) delete file.received[openid]
    }
    if (job.target !== 'preview') {
      // Previews do not count against the monthly 4.
      for (const openid of job.recipients) {
        const count = file.received[openid]?.count ?? 0
        file.received[openid] = { month, count: count + 1 }
      }
    }
    return this.book.save(accountId)
  }

  find(accountId: string, msgId: string): MassJob | undefined {
    const job = this.book.get(accountId).jobs.find((j) => j.msgId === msgId)
    return job && { ...job, accountId }
  }

  /** The account's kept jobs, oldest first; no account: every account touched since the start. */
  list(accountId?: string): MassJob[] {
    const accounts =
      accountId === undefined
        ? [...this.book.loaded()]
        : ([[accountId, this.book.get(accountId)]] as const)
    return accounts.flatMap(([id, file]) => file.jobs.map((j) => ({ ...j, accountId: id })))
  }

  /** mass/delete: the whole send (articleIdx 0) or one article; undefined for an unknown id. */
  delete(accountId: string, msgId: string, articleIdx: number): Promise<void> | undefined {
    const file = this.book.get(accountId)
    const at = file.jobs.findIndex((j) => j.msgId === msgId)
    const job = file.jobs[at]
    if (job === undefined) return undefined
    const changed: StoredJob =
      articleIdx === 0
        ? { ...job, status: 'DELETE' }
        : { ...job, deletedArticles: [...job.deletedArticles, articleIdx] }
    file.jobs = file.jobs.map((j, i) => (i === at ? changed : j))
    return this.book.save(accountId)
  }

  speed(accountId: string): number {
    return this.book.get(accountId).speed
  }

  setSpeed(accountId: string, speed: number): Promise<void> {
    this.book.get(accountId).speed = speed
    return this.book.save(accountId)
  }

  flush(): Promise<void> {
    return this.book.flush()
  }
}
