/**
 * Server-side OAuth sessions, in memory. The browser holds only a random id; the web
 * access_token and refresh_token stay on the server, where a script injected into a page could
 * never read them. (The journey notes that production needs a real store — Redis, a database —
 * so sessions survive a restart and work across processes.)
 */
import { randomAlnum } from '../../runtime/random'
import type { Random } from '../../runtime/random'

export interface OAuthSession {
  readonly openid: string
  readonly scopes: readonly string[]
  readonly accessToken: string
  /** Unix seconds. */
  readonly accessTokenExpiresAt: number
  readonly refreshToken: string
  readonly unionid: string | undefined
  readonly snapshotUser: boolean
}

/** Enough for any demo; the oldest session is dropped beyond it so memory stays bounded. */
const MAX_SESSIONS = 1000

export class SessionStore {
  readonly #random: Random
  readonly #sessions = new Map<string, OAuthSession>()

  constructor(random: Random) {
    this.#random = random
  }

  create(session: OAuthSession): string {
    const id = randomAlnum(this.#random, 32)
    this.#sessions.set(id, session)
    if (this.#sessions.size > MAX_SESSIONS) {
      const oldest = this.#sessions.keys().next()
      if (!oldest.done) this.#sessions.delete(oldest.value)
    }
    return id
  }

  get(id: string | undefined): OAuthSession | undefined {
    return id === undefined ? undefined : this.#sessions.get(id)
  }

  replace(id: string, session: OAuthSession): void {
    if (this.#sessions.has(id)) this.#sessions.set(id, session)
  }

  delete(id: string): void {
    this.#sessions.delete(id)
  }
}
