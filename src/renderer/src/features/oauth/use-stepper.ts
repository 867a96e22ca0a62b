/**
 * The stepper's state: the mode, the walk shown, the "play the bot" form and the calls made from
 * it. The walk is whatever the phone browser opened last, or the one the inspector linked to
 * (navigation section `walk:<id>`), or the newest recorded. What the user typed survives a switch
 * to another panel and back (a module-level memory: the panel unmounts, the page does not).
 */
import { useCallback, useMemo, useState } from 'react'
import type { AuthorizeParts, CallPlatformOutput } from '../../../../shared/control/oauth-schemas'
import type { SnsPath } from '../../../../shared/control/oauth-schemas'
import type { ApiExchange } from '../../../../shared/model/exchange'
import { useControlClient } from '../../api/client-context'
import { useEngineStore } from '../../state/engine-store'
import { useNavigation } from '../../state/navigation'
import { usePhoneBrowser } from '../../state/phone-browser'
import { buildWalkView, latestTokens, walkList } from './walk-model'
import type { WalkView } from './walk-model'

export type StepperMode = 'follow' | 'play'

/** The form of step 1 in "play the bot"; callbackDomain '' = the saved setting. */
export interface PlayParts extends Required<AuthorizeParts> {
  readonly callbackDomain: string
}

export interface SnsForm {
  readonly appid: string
  readonly code: string
  readonly secret: string
  readonly refreshToken: string
  readonly accessToken: string
  readonly openid: string
  readonly lang: string
}

const WALK_SECTION = /^walk:(.+)$/

interface Memory {
  mode: StepperMode
  walkId?: string | undefined
  /** The address being opened: its walk id is known only once the phone reports the page. */
  pendingUrl?: string | undefined
  entryUrl?: string
  parts?: PlayParts
  openedUrls: Map<string, string>
  ownCalls: ApiExchange[]
}
const memory: Memory = { mode: 'follow', openedUrls: new Map(), ownCalls: [] }

/** The walk a page opened from the stepper started: it keeps the address as opened, #fragment included. */
function adoptOpenedWalk(walkId: string): void {
  if (memory.pendingUrl !== undefined) memory.openedUrls.set(walkId, memory.pendingUrl)
  memory.pendingUrl = undefined
  memory.walkId = walkId
}

function rememberWalk(walkId: string | undefined): void {
  memory.walkId = walkId
}

function openedUrlOf(walkId: string): string | undefined {
  return memory.openedUrls.get(walkId)
}

/** a-zA-Z0-9, as the doc asks of state (protocol.md §9.1). */
export function newState(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => chars[b % 62]).join('')
}

/** The sample bot's origin (setup.botUrl is its push URL, …/wechat). */
export function botBaseOf(botUrl: string | undefined): string | undefined {
  return botUrl?.replace(/\/wechat$/, '')
}

/** The parts checkAuthorizeRequest builds from (the "what if" domain is passed beside them). */
export function authorizePartsOf(parts: PlayParts): AuthorizeParts {
  return {
    appid: parts.appid,
    redirectUri: parts.redirectUri,
    scope: parts.scope,
    state: parts.state,
    encodeRedirectUri: parts.encodeRedirectUri,
    wechatRedirect: parts.wechatRedirect,
    connectRedirect: parts.connectRedirect,
  }
}

export function sampleEntry(botBase: string | undefined, scope = 'snsapi_userinfo'): string {
  return botBase ? `${botBase}/oauth/start?scope=${scope}` : ''
}

export function useStepper() {
  const store = useEngineStore()
  const browser = usePhoneBrowser()
  const navigation = useNavigation()
  const client = useControlClient()
  const account = store.setup?.accounts.find((a) => a.id === store.accountId)
  const botBase = botBaseOf(store.setup?.botUrl)

  const [mode, setModeState] = useState<StepperMode>(memory.mode)
  const setMode = useCallback((next: StepperMode) => {
    memory.mode = next
    setModeState(next)
  }, [])

  // ---- the walk shown ----
  const sectionSeq = navigation.section?.seq
  const linkedWalk =
    navigation.section?.panel === 'oauth'
      ? WALK_SECTION.exec(navigation.section.section)?.[1]
      : undefined
  const pageWalk = browser.page?.walkId
  const [chosen, setChosen] = useState<{ id: string | undefined; fromInspector: boolean }>(() => ({
    id: linkedWalk ?? pageWalk ?? memory.walkId,
    fromInspector: linkedWalk !== undefined,
  }))
  // What was last acted on: a new inspector link, or a page the phone opens from now on (Start, a
  // mistake, the address bar), chooses the walk. Adjusted while rendering, as React advises for
  // state that follows a changing value.
  const [seen, setSeen] = useState({ seq: sectionSeq, page: pageWalk })
  if (seen.seq !== sectionSeq || seen.page !== pageWalk) {
    setSeen({ seq: sectionSeq, page: pageWalk })
    if (seen.seq !== sectionSeq && linkedWalk !== undefined) {
      setChosen({ id: linkedWalk, fromInspector: true })
      rememberWalk(linkedWalk)
    } else if (seen.page !== pageWalk && pageWalk !== undefined) {
      adoptOpenedWalk(pageWalk)
      setChosen({ id: pageWalk, fromInspector: false })
    }
  }
  const chooseWalk = useCallback((id: string | undefined) => {
    rememberWalk(id)
    setChosen({ id, fromInspector: false })
  }, [])

  const allWalks = useMemo(() => walkList(store.exchanges), [store.exchanges])
  const walkId = chosen.id ?? allWalks[0]?.walkId
  const walk: WalkView | undefined = useMemo(
    () =>
      walkId === undefined
        ? undefined
        : buildWalkView(store.exchanges, walkId, openedUrlOf(walkId)),
    [store.exchanges, walkId],
  )

  /** Opens an address in the phone browser; the walk it starts becomes the one shown. */
  const openInPhone = useCallback(
    async (url: string, quirks?: { repeatCallback?: boolean }) => {
      memory.pendingUrl = url
      await browser.open(url, quirks ? { quirks } : undefined)
    },
    [browser],
  )

  // ---- follow ----
  // Undefined until typed in: the sample bot's entry, once the setup has arrived.
  const [typedEntry, setTypedEntry] = useState(memory.entryUrl)
  const entryUrl = typedEntry ?? sampleEntry(botBase)
  const setEntryUrl = useCallback(
    (url: string) => {
      memory.entryUrl = url
      setTypedEntry(url)
    },
    [setTypedEntry],
  )
  const start = useCallback(() => openInPhone(entryUrl.trim()), [openInPhone, entryUrl])

  // ---- play: step 1 ----
  const defaultParts = useMemo<PlayParts>(
    () => ({
      appid: account?.appId ?? '',
      redirectUri: botBase ? `${botBase}/oauth/` : '',
      scope: 'snsapi_userinfo',
      state: newState(),
      encodeRedirectUri: true,
      wechatRedirect: true,
      connectRedirect: false,
      callbackDomain: '',
    }),
    [account?.appId, botBase],
  )
  const [parts, setPartsState] = useState<PlayParts | undefined>(memory.parts)
  const shownParts = parts ?? defaultParts
  const setParts = useCallback((next: PlayParts) => {
    memory.parts = next
    setPartsState(next)
  }, [])

  // ---- play: steps 3 to 5 ----
  const [ownCalls, setOwnCalls] = useState<readonly ApiExchange[]>(memory.ownCalls)
  const latest = useMemo(() => latestTokens(walk), [walk])
  const defaults: SnsForm = {
    appid: account?.appId ?? '',
    code: walk?.code ?? '',
    secret: account?.appSecret ?? '',
    refreshToken: latest.refreshToken ?? '',
    accessToken: latest.accessToken ?? '',
    openid: latest.openid ?? walk?.pages[0]?.openid ?? store.openid ?? '',
    lang: 'zh_CN',
  }
  // What was typed counts only over the values it was typed over: a new code or new tokens
  // replace it.
  const sources = `${walk?.walkId}|${walk?.code}|${latest.accessToken}|${latest.refreshToken}`
  const [edits, setEdits] = useState<{ over: string; values: Partial<SnsForm> }>({
    over: sources,
    values: {},
  })
  const snsForm: SnsForm = { ...defaults, ...(edits.over === sources ? edits.values : {}) }
  const editSns = useCallback(
    (field: keyof SnsForm, value: string) =>
      setEdits((e) => ({
        over: sources,
        values: { ...(e.over === sources ? e.values : {}), [field]: value },
      })),
    [sources],
  )

  const call = useCallback(
    async (path: SnsPath, query: [string, string][]): Promise<CallPlatformOutput> => {
      const output = await client.callPlatform({ path, query })
      const exchange = output.exchange
      if (exchange?.kind === 'api') {
        store.rememberExchange(exchange)
        memory.ownCalls = [...memory.ownCalls, exchange].slice(-50)
        setOwnCalls(memory.ownCalls)
      }
      return output
    },
    [client, store],
  )

  return {
    mode,
    setMode,
    account,
    botBase,
    walk,
    walkId,
    allWalks,
    fromInspector: chosen.fromInspector,
    chooseWalk,
    openInPhone,
    entryUrl,
    setEntryUrl,
    start,
    parts: shownParts,
    setParts,
    snsForm,
    editSns,
    call,
    ownCalls,
    browser,
  }
}

export type Stepper = ReturnType<typeof useStepper>
