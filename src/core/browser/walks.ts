/**
 * The walk in progress (docs/phone-browser.md "Walks"): each openPhoneBrowser starts one, and
 * every request through the gateways until the next belongs to it — the inspector and the OAuth
 * stepper group them by its id. It also remembers what the repeated-callback quirk needs: whether
 * the last authorize address asked for `connect_redirect=1`, and which callback to send twice.
 */
import { randomAlnum } from '../runtime/random'
import type { Random } from '../runtime/random'
import { asksNoRepeat } from './quirks'
import type { Walk, WalkQuirks } from './types'

export class Walks {
  private walk: Walk | undefined
  private noRepeat = false
  private repeat: string | undefined

  private readonly random: Random

  constructor(random: Random) {
    this.random = random
  }

  start(input: { accountId: string; openid: string | undefined; quirks: WalkQuirks }): Walk {
    this.walk = { id: `walk-${randomAlnum(this.random, 12)}`, ...input }
    this.noRepeat = false
    this.repeat = undefined
    return this.walk
  }

  current(): Walk | undefined {
    return this.walk
  }

  /** A page load of the authorize address: does it ask WeChat not to repeat the callback? */
  authorizeOpened(url: URL): void {
    this.noRepeat = asksNoRepeat(url)
  }

  /**
   * The mock sent the browser back to the site with a code: that callback is requested twice
   * when the walk's quirk is on and the authorize address did not carry connect_redirect=1.
   */
  codeIssued(callback: string): void {
    if (this.walk?.quirks.repeatCallback === true && !this.noRepeat) this.repeat = callback
  }

  /** Whether this page load is the callback to send twice (answered once: the mark is used up). */
  takeRepeat(url: string): boolean {
    if (this.repeat === undefined || this.repeat !== url) return false
    this.repeat = undefined
    return true
  }
}
