/**
 * Runs one classic mistake (mistakes.ts) against the live app: the phone browser, the engine
 * store's exchanges (read fresh on every poll, through refs), the core's commands. One at a time;
 * leaving the panel or starting another cancels the one running. Every wait is bounded.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Exchange } from '../../../../shared/model/exchange'
import { useControlClient } from '../../api/client-context'
import { useEngineStore } from '../../state/engine-store'
import type { PhoneBrowser } from '../../state/phone-browser'
import { MistakeStopped, RUN } from './mistakes'
import type { MistakeId, MistakeOutcome, Prompt, Runner } from './mistakes'
import type { SimClock } from './use-sim-clock'
import type { Stepper } from './use-stepper'
import { authorizePartsOf, newState } from './use-stepper'
import { buildWalkView } from './walk-model'

const POLL_MS = 100
/** A page load, a redirect and a server-side call take well under this on loopback. */
const AUTO_WAIT_MS = 20_000
/** A person reading the consent page and tapping. */
const USER_WAIT_MS = 180_000

export type MistakeRun =
  | { readonly id: MistakeId; readonly state: 'running'; readonly prompt?: Prompt }
  | { readonly id: MistakeId; readonly state: 'done'; readonly outcome: MistakeOutcome }
  | { readonly id: MistakeId; readonly state: 'failed'; readonly reason: string }

export function useMistakes(stepper: Stepper, clock: SimClock) {
  const client = useControlClient()
  const store = useEngineStore()
  const [run, setRun] = useState<MistakeRun>()
  // A script runs across many renders: it reads the newest values through these.
  const exchanges = useRef<readonly Exchange[]>(store.exchanges)
  const browser = useRef<PhoneBrowser>(stepper.browser)
  const current = useRef(stepper)
  useEffect(() => {
    exchanges.current = store.exchanges
    browser.current = stepper.browser
    current.current = stepper
  })
  const runSeq = useRef(0)

  useEffect(() => () => void (runSeq.current += 1), [])

  const start = useCallback(
    async (id: MistakeId) => {
      const seq = ++runSeq.current
      const alive = () => seq === runSeq.current
      const set = (next: MistakeRun) => {
        if (alive()) setRun(next)
      }
      set({ id, state: 'running' })
      const sleep = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms))

      /** Opens an address and waits for the phone to report the walk it started. */
      const open = async (url: string, quirks?: { repeatCallback?: boolean }) => {
        const before = browser.current.page?.walkId
        await current.current.openInPhone(url, quirks)
        for (let waited = 0; waited < AUTO_WAIT_MS; waited += POLL_MS) {
          if (!alive()) throw new MistakeStopped('cancelled')
          if (browser.current.error) throw new MistakeStopped('open-failed')
          const walkId = browser.current.page?.walkId
          if (walkId !== undefined && walkId !== before) return walkId
          await sleep(POLL_MS)
        }
        throw new MistakeStopped('timeout')
      }

      const s = current.current
      const account = s.account
      const runner: Runner = {
        botBase: s.botBase,
        account: { appId: account?.appId ?? '', appSecret: account?.appSecret ?? '' },
        callbackDomain: account?.callbackDomain ?? '',
        currentWalk: s.walk,
        openFollow: (url, quirks) => {
          current.current.setMode('follow')
          return open(url, quirks)
        },
        openPlay: async (overrides) => {
          const stepperNow = current.current
          // A clean link whatever was typed before: the account's appid, and a callback page
          // that leaves the code alone (the sample bot's guide) so the script can trade it.
          const home = stepperNow.botBase ?? `http://${stepperNow.account?.callbackDomain ?? ''}`
          const parts = {
            ...stepperNow.parts,
            appid: stepperNow.account?.appId ?? '',
            redirectUri: `${home}/oauth/`,
            encodeRedirectUri: true,
            wechatRedirect: true,
            connectRedirect: false,
            callbackDomain: '',
            state: newState(),
            ...overrides,
          }
          stepperNow.setMode('play')
          stepperNow.setParts(parts)
          const built = await client.checkAuthorizeRequest({ parts: authorizePartsOf(parts) })
          return open(built.url)
        },
        until: async (walkId, pick, options = {}) => {
          let limit = options.timeoutMs ?? AUTO_WAIT_MS
          for (let waited = 0; waited < limit; waited += POLL_MS) {
            if (!alive()) throw new MistakeStopped('cancelled')
            const walk = buildWalkView(exchanges.current, walkId)
            const found = walk && pick(walk)
            if (found !== undefined) {
              set({ id, state: 'running' })
              return found
            }
            if (
              walk?.outcome === 'consent-page' &&
              options.consent &&
              !walk.code &&
              !walk.refused
            ) {
              // A person's turn: say what to tap, and wait at their pace.
              set({
                id,
                state: 'running',
                prompt: options.consent === 'deny' ? 'tapDeny' : 'tapAllow',
              })
              limit = Math.max(limit, USER_WAIT_MS)
            }
            await sleep(POLL_MS)
          }
          throw new MistakeStopped('timeout')
        },
        call: (path, query) => current.current.call(path, query),
        advance: (ms) => clock.advance(ms),
      }
      try {
        const outcome = await RUN[id](runner)
        set({ id, state: 'done', outcome })
      } catch (error) {
        if (error instanceof MistakeStopped && error.reason === 'cancelled') return
        const reason =
          error instanceof MistakeStopped
            ? error.reason
            : error instanceof Error
              ? error.message
              : String(error)
        set({ id, state: 'failed', reason })
      }
    },
    [client, clock],
  )

  return { run, start }
}
