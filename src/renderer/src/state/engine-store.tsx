/**
 * What every engine panel reads: the setup (platform and bot URLs, accounts, users), the exchanges
 * (loaded once, then kept live from the event stream) and who is on the phone. One provider, so
 * the phone, the composer and the inspector always agree.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import type { Output } from '../../../shared/control/contract'
import type { Exchange, PushExchange } from '../../../shared/model/exchange'
import type { PhoneMessage } from '../../../shared/model/phone-message'
import { useControlClient } from '../api/client-context'
import { openEventStream } from '../api/event-stream'
import type { CoreEvent } from '../api/event-stream'

export type Setup = Output<'getSetup'>

/** Exchanges kept in memory by the UI (the workspace log keeps everything). */
export const UI_EXCHANGE_LIMIT = 5000

export interface EngineStore {
  readonly setup: Setup | undefined
  readonly refreshSetup: () => Promise<void>
  readonly exchanges: readonly Exchange[]
  /**
   * Pushes still being delivered (attempts running or about to be retried), oldest first: the
   * phone shows "sending…" from these; each leaves the list when its delivery ends.
   */
  readonly pendingExchanges: readonly PushExchange[]
  /** Everything the phones were shown (passive replies, tips, customer-service, templates). */
  readonly phoneMessages: readonly PhoneMessage[]
  readonly connected: boolean
  /** True once the first listExchanges has answered (tests and the chat wait on it). */
  readonly loaded: boolean
  /** The account the UI works on (the first one by default). */
  readonly accountId: string | undefined
  readonly setAccountId: (id: string) => void
  /**
   * The simulated user holding the phone: the core's phone user for the account (setup
   * `phoneUsers`, re-read when the window regains focus, so a change made by another window, the
   * CLI or a test is followed), else the account's first user.
   */
  readonly openid: string | undefined
  readonly setOpenid: (openid: string) => void
  /** Bumped on every `menu` event, so the phone refetches the custom menu. */
  readonly menuVersion: number
  /** Adds an exchange a command returned, without waiting for its live event (idempotent). */
  readonly rememberExchange: (exchange: Exchange) => void
  /** Empties the log (the core archives the old file; its name is returned) and the chats. */
  readonly clearExchanges: () => Promise<string | undefined>
  /**
   * Every live event, for a feature with events of its own (a replay's progress): the one stream
   * is shared rather than each panel opening another. Returns the unsubscribe.
   */
  readonly subscribe: (listener: (event: CoreEvent) => void) => () => void
}

const StoreContext = createContext<EngineStore | null>(null)

export function EngineStoreProvider(props: { token: string; children: ReactNode }) {
  const client = useControlClient()
  const [setup, setSetup] = useState<Setup>()
  const [exchanges, setExchanges] = useState<readonly Exchange[]>([])
  const [phoneMessages, setPhoneMessages] = useState<readonly PhoneMessage[]>([])
  const [connected, setConnected] = useState(false)
  const [loaded, setLoaded] = useState(false)
  const [accountId, setAccountId] = useState<string>()
  const [menuVersion, setMenuVersion] = useState(0)
  const listeners = useRef(new Set<(event: CoreEvent) => void>())
  /** Bumped on every phone-user choice made here, so an older setup answer cannot undo it. */
  const choices = useRef(0)

  const refreshSetup = useCallback(async () => {
    const asked = choices.current
    const next = await client.getSetup({})
    setSetup((prev) =>
      // A choice made while this answer was on its way is newer than the answer's phoneUsers.
      asked === choices.current || !prev ? next : { ...next, phoneUsers: prev.phoneUsers },
    )
  }, [client])

  useEffect(() => {
    void refreshSetup()
    // The phone user has no live event: another window, the CLI or a test may have changed it
    // while this window was in the background, so read the setup again when it comes back.
    const onFocus = () => void refreshSetup()
    window.addEventListener('focus', onFocus)
    return () => window.removeEventListener('focus', onFocus)
  }, [refreshSetup])

  useEffect(() => {
    const loadExchanges = () =>
      void client.listExchanges({ limit: 1000 }).then((list) => {
        // Live events may have arrived first: merge by id, keep order of time.
        setExchanges((live) => {
          const ids = new Set(list.map((e) => e.id))
          return [...list, ...live.filter((e) => !ids.has(e.id))]
        })
        setLoaded(true)
      })
    loadExchanges()
    void client.listPhoneMessages({}).then((list) => {
      // Live events may have arrived first; messages carry no id, so compare them whole.
      const seen = new Set(list.map((m) => JSON.stringify(m)))
      setPhoneMessages((live) => [...list, ...live.filter((m) => !seen.has(JSON.stringify(m)))])
    })
    return openEventStream({
      token: props.token,
      onStatus: (up) => {
        setConnected(up)
        // Exchanges made between the first list and the stream's (re)connection were never
        // streamed: list again once the stream is up.
        if (up) loadExchanges()
      },
      onEvent: (event) => {
        for (const listener of listeners.current) listener(event)
        switch (event.name) {
          case 'exchange':
          case 'exchangeProgress': {
            // A delivery in progress and its end share one id: the row grows in place.
            const exchange = event.data
            setExchanges((list) => mergeExchange(list, exchange))
            break
          }
          case 'phone': {
            const message = event.data
            setPhoneMessages((list) => {
              const next = [...list, message]
              return next.length > UI_EXCHANGE_LIMIT ? next.slice(-UI_EXCHANGE_LIMIT) : next
            })
            break
          }
          case 'menu':
            setMenuVersion((v) => v + 1)
            break
          case 'replayProgress':
          case 'capturesImported':
            // The Replay panel's own, read through subscribe().
            break
          case 'loadProgress':
            // The Load panel's own, read through subscribe().
            break
        }
      },
    })
  }, [client, props.token])

  const firstAccount = setup?.accounts[0]?.id
  const currentAccount = accountId ?? firstAccount
  const currentOpenid = setup && currentAccount ? phoneUserOf(setup, currentAccount) : undefined

  const setOpenid = useCallback(
    (next: string) => {
      if (!currentAccount) return
      choices.current += 1
      // Shown at once; the core needs to know too: OAuth consent and pushes sent without an
      // openid ask "who is on the phone".
      setSetup((prev) =>
        prev ? { ...prev, phoneUsers: { ...prev.phoneUsers, [currentAccount]: next } } : prev,
      )
      // A setup asked before the core took the choice may still carry the old user.
      void client.setPhoneUser({ accountId: currentAccount, openid: next }).finally(() => {
        choices.current += 1
      })
    },
    [client, currentAccount],
  )

  const rememberExchange = useCallback((exchange: Exchange) => {
    setExchanges((list) => mergeExchange(list, exchange))
  }, [])

  const clearExchanges = useCallback(async () => {
    const { archivedAs } = await client.clearExchanges({})
    setExchanges([])
    setPhoneMessages([])
    return archivedAs
  }, [client])

  const pendingExchanges = useMemo(() => pendingOf(exchanges), [exchanges])

  const subscribe = useCallback((listener: (event: CoreEvent) => void) => {
    listeners.current.add(listener)
    return () => void listeners.current.delete(listener)
  }, [])

  const value = useMemo<EngineStore>(
    () => ({
      setup,
      refreshSetup,
      exchanges,
      pendingExchanges,
      phoneMessages,
      connected,
      loaded,
      accountId: currentAccount,
      setAccountId,
      openid: currentOpenid,
      setOpenid,
      menuVersion,
      rememberExchange,
      clearExchanges,
      subscribe,
    }),
    [
      setup,
      refreshSetup,
      exchanges,
      pendingExchanges,
      phoneMessages,
      connected,
      loaded,
      currentAccount,
      currentOpenid,
      setOpenid,
      menuVersion,
      rememberExchange,
      clearExchanges,
      subscribe,
    ],
  )
  return <StoreContext.Provider value={value}>{props.children}</StoreContext.Provider>
}

/**
 * The user on the account's phone: the core's phone user when it is one of the account's users,
 * else the account's first user.
 */
export function phoneUserOf(setup: Setup, accountId: string): string | undefined {
  const held = setup.phoneUsers[accountId]
  const users = setup.users.filter((u) => u.accountId === accountId)
  return users.find((u) => u.openid === held)?.openid ?? users[0]?.openid
}

const NONE_PENDING: readonly PushExchange[] = []

/** The pushes still in delivery; the same empty list when there are none (stable for memos). */
function pendingOf(exchanges: readonly Exchange[]): readonly PushExchange[] {
  const pending: PushExchange[] = []
  // Deliveries in progress are the most recent few; the list is in order of arrival.
  for (let i = exchanges.length - 1; i >= 0 && i >= exchanges.length - 200; i -= 1) {
    const e = exchanges[i]
    if (e?.kind === 'push' && e.inProgress) pending.unshift(e)
  }
  return pending.length === 0 ? NONE_PENDING : pending
}

/** Adds or replaces by id; a known id is a no-op when it is the same record (live event + answer). */
function mergeExchange(list: readonly Exchange[], exchange: Exchange): readonly Exchange[] {
  // New ids are the common case and recent ones the likely duplicates: search from the end.
  let at = -1
  for (let i = list.length - 1; i >= 0 && i >= list.length - 200; i -= 1) {
    if (list[i]?.id === exchange.id) {
      at = i
      break
    }
  }
  if (at >= 0) {
    const known = list[at]
    if (known === exchange) return list
    // A progress snapshot arriving after the delivery's end (two connections) must not undo it.
    if (exchange.inProgress && known && !known.inProgress) return list
    const next = [...list]
    next[at] = exchange
    return next
  }
  const next = [...list, exchange]
  return next.length > UI_EXCHANGE_LIMIT ? next.slice(-UI_EXCHANGE_LIMIT) : next
}

export function useEngineStore(): EngineStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useEngineStore() must be used inside <EngineStoreProvider>')
  return store
}
