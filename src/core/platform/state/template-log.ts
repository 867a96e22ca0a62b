/**
 * Template messages sent per account (protocol.md §10.4), newest last, for the phone view and the
 * inspector. msgid is a 64-bit integer kept as a decimal string: real ids exceed 2^53 (protocol.md §0 #2).
 */
import type { Random } from '../../runtime/random'

export interface TemplateRecord {
  readonly msgId: string
  readonly accountId: string
  readonly openid: string
  readonly templateId: string
  readonly url?: string
  readonly miniprogram?: { readonly appid: string; readonly pagepath: string }
  readonly clientMsgId?: string
  readonly data: Readonly<Record<string, unknown>>
  /** Simulated Unix seconds. */
  readonly simTime: number
}

/** Keep the last few thousand; the Exchange log is the full history. */
const KEEP = 2000

export class TemplateLog {
  private records: TemplateRecord[] = []

  private readonly random: Random

  constructor(random: Random) {
    this.random = random
  }

  /**
   * A fresh id: 19 digits below 2^63, like the ids seen today [wire]
   * (co-wechat-api #89: 271781022721654784).
   */
  newMsgId(): string {
    for (;;) {
      let id = String(1 + this.random.int(8))
      for (let i = 1; i < 19; i++) id += String(this.random.int(10))
      if (!this.records.some((r) => r.msgId === id)) return id
    }
  }

  add(record: TemplateRecord): void {
    this.records = [...this.records.slice(-(KEEP - 1)), record]
  }

  list(accountId?: string): TemplateRecord[] {
    return accountId === undefined
      ? [...this.records]
      : this.records.filter((r) => r.accountId === accountId)
  }

  find(msgId: string): TemplateRecord | undefined {
    return this.records.find((r) => r.msgId === msgId)
  }
}
