/**
 * JS-SDK tickets per account (protocol.md §10.6, §11): `/cgi-bin/ticket/getticket` answers the same
 * ticket while it is valid (7200 s) and a new one afterwards, which is how the doc tells developers
 * to cache it [doc]. The sample bot's web pages read the current ticket to sign wx.config.
 */
import type { Clock } from '../../runtime/clock'
import type { Random } from '../../runtime/random'
import { newTicket } from './opaque'

export type TicketType = 'jsapi' | 'wx_card'

export const TICKET_LIFETIME_MS = 7200 * 1000

interface TicketRecord {
  readonly ticket: string
  readonly expiresAtMs: number
}

export class TicketStore {
  private readonly tickets = new Map<string, TicketRecord>()
  /** The ticket each one replaced: the phone browser's JS-SDK names a page signed with it. */
  private readonly replaced = new Map<string, string>()

  private readonly clock: Clock
  private readonly random: Random

  constructor(clock: Clock, random: Random) {
    this.clock = clock
    this.random = random
  }

  /** The valid ticket, issuing a new one when there is none. */
  current(accountId: string, type: TicketType): { ticket: string; expiresIn: number } {
    const key = `${accountId}\n${type}`
    const now = this.clock.nowMs()
    let record = this.tickets.get(key)
    if (!record || now >= record.expiresAtMs) {
      if (record) this.replaced.set(key, record.ticket)
      record = { ticket: newTicket(this.random), expiresAtMs: now + TICKET_LIFETIME_MS }
      this.tickets.set(key, record)
    }
    return { ticket: record.ticket, expiresIn: Math.ceil((record.expiresAtMs - now) / 1000) }
  }

  /** The valid ticket, or undefined when none was issued or it expired; never issues one. */
  peek(accountId: string, type: TicketType): string | undefined {
    const record = this.tickets.get(`${accountId}\n${type}`)
    return record && this.clock.nowMs() < record.expiresAtMs ? record.ticket : undefined
  }

  /** The ticket the current one replaced (expired), if any. */
  previous(accountId: string, type: TicketType): string | undefined {
    return this.replaced.get(`${accountId}\n${type}`)
  }
}
