/**
 * WeChat's in-app browser on the phone (docs/phone-browser.md): which page it shows, opening an
 * address as the phone's user (the core answers a gateway address for the frame, never the app's
 * origin), the bridge's messages from the page and the commands sent back to it.
 *
 * One provider above the panels: every panel that draws the phone (Chat, OAuth) shows the same
 * browser, and a page opened from one is still there in the other.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import type { JssdkMessage } from '../../../shared/phone-browser/bridge-messages'
import { useControlClient } from '../api/client-context'
import {
  canGoBack,
  canGoForward,
  EMPTY_HISTORY,
  expectMove,
  pageReported,
  startHistory,
} from '../features/phone-browser/frame-history'
import {
  acceptPageMessage,
  commandMessage,
  commandTarget,
} from '../features/phone-browser/page-messages'
import { useEngineStore } from './engine-store'

export interface PhoneBrowserPage {
  /** The gateway address the frame shows now (reported by the page; the first one from the core). */
  frameUrl: string
  /** The address as the phone's user sees it (the real host, not the gateway). */
  url: string
  /** The page's <title>; '' until the page says. */
  title: string
  /** The walk opened by the last open(): the recorded hops carry it. */
  walkId: string
}

export interface PhoneBrowser {
  /** undefined = the chat is shown. */
  page: PhoneBrowserPage | undefined
  /**
   * Opens the address as the phone's current user. Never rejects: a failure is kept in `error`
   * (and shown by the browser), so a click handler can simply call it. (Members are function
   * properties, not methods, so they can be passed around unbound.)
   */
  open: (url: string, options?: { quirks?: { repeatCallback?: boolean } }) => Promise<void>
  /** Back to the chat. */
  close: () => void
  command: (c: 'back' | 'forward' | 'reload') => void
  /** The page left the phone browser (see `LeavingHow`). */
  leaving: { url: string; how: string } | undefined
  /** The last open() failure (a ControlClientError; RequestError shows it). */
  error: unknown
}

/**
 * How a page left: the bridge's own words ('script-location', 'window-open', 'unknown') or
 * 'no-bridge' — the frame finished loading a document that never reported (another site, or a
 * response that is not HTML, such as JSON or a picture).
 */
export type LeavingHow = 'script-location' | 'window-open' | 'unknown' | 'no-bridge'

/** What the browser's view needs besides the public state: the frame's wiring. */
export interface PhoneBrowserFrame {
  /** The browser covers the chat: a page, an open under way, or its failure. */
  readonly shown: boolean
  readonly opening: boolean
  /** A navigation the app started (open, ‹, ›, reload) has not finished. */
  readonly loading: boolean
  /** A new frame element is made when this changes (each open, and a reload after leaving). */
  readonly frameKey: number
  readonly canGoBack: boolean
  readonly canGoForward: boolean
  /** The last wx.* verdict the page reported, until dismissed. */
  readonly jssdk: JssdkMessage | undefined
  readonly dismissJssdk: () => void
  /** The address last given to open() (the error screen offers it again). */
  readonly lastAsked: string | undefined
  /** Hides a failed open() and shows the page again (when there is one). */
  readonly dismissError: () => void
  /** The frame element (ref callback): messages are believed only from its window. */
  readonly attach: (frame: HTMLIFrameElement | null) => void
  /** A new frame element started loading `frameUrl` (its history starts there). */
  readonly started: (frameUrl: string) => void
  /** The frame's load event: every document that finished loading, bridged or not. */
  readonly loaded: () => void
  /**
   * What had the keyboard focus when the browser was opened over the chat (the link or menu
   * button tapped), for the browser to give it back when it closes. Read at open(), inside the
   * click, because the chat is made inert as soon as the browser covers it.
   */
  readonly opener: () => Element | null
}

/**
 * How long after a frame's load event a bridge message may still come. The bridge posts from the
 * first script of <head>, so its message normally arrives before the load event; the bound only
 * absorbs reordering.
 */
const BRIDGE_BOUND_MS = 1200

const BrowserContext = createContext<PhoneBrowser | null>(null)
const FrameContext = createContext<PhoneBrowserFrame | null>(null)

export function PhoneBrowserProvider(props: { children: ReactNode }) {
  const client = useControlClient()
  const { accountId, openid } = useEngineStore()
  const [page, setPage] = useState<PhoneBrowserPage>()
  const [leaving, setLeaving] = useState<{ url: string; how: LeavingHow }>()
  const [error, setError] = useState<unknown>()
  const [opening, setOpening] = useState(false)
  const [loading, setLoading] = useState(false)
  const [frameKey, setFrameKey] = useState(0)
  const [history, setHistory] = useState(EMPTY_HISTORY)
  const [jssdk, setJssdk] = useState<JssdkMessage>()
  const [lastAsked, setLastAsked] = useState<string>()

  const frameRef = useRef<HTMLIFrameElement | null>(null)
  // Read by callbacks that must not change identity on every page report.
  const pageRef = useRef<PhoneBrowserPage | undefined>(undefined)
  const leavingRef = useRef(leaving)
  useEffect(() => {
    pageRef.current = page
    leavingRef.current = leaving
  }, [page, leaving])
  /** The origin the page last spoke from: commands go there and nowhere else. */
  const lastOrigin = useRef<string | undefined>(undefined)
  /**
   * A bridge report came for a document whose load event has not come yet. (A same-document
   * report after the load — a new title, pushState — sets it too; a document without the bridge
   * loaded next then goes unnoticed: the notice is a best effort.)
   */
  const reported = useRef(false)
  const bridgeTimer = useRef<number | undefined>(undefined)
  /** Each open() gets a number; an answer for an older one (or after close) is dropped. */
  const openSeq = useRef(0)
  const openerRef = useRef<Element | null>(null)
  const coveringRef = useRef(false)

  const clearBridgeTimer = () => {
    window.clearTimeout(bridgeTimer.current)
    bridgeTimer.current = undefined
  }

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const message = acceptPageMessage(
        event,
        frameRef.current?.contentWindow,
        window.location.origin,
      )
      if (!message) return
      lastOrigin.current = event.origin
      switch (message.type) {
        case 'page': {
          // After the load event (the timer runs) the report belongs to the document that just
          // loaded: settled. Before it, it is for the load to come.
          if (bridgeTimer.current !== undefined) {
            clearBridgeTimer()
            reported.current = false
          } else {
            reported.current = true
          }
          setLeaving(undefined)
          // A same-document move (‹ to a pushState entry) has no load event: the report ends it.
          setLoading(false)
          setPage(
            (p) =>
              p && { ...p, url: message.url, title: message.title, frameUrl: message.frameUrl },
          )
          setHistory((h) => pageReported(h, message.frameUrl))
          break
        }
        case 'leaving':
          setLeaving({ url: message.url, how: message.how })
          break
        case 'jssdk':
          setJssdk(message)
          break
      }
    }
    window.addEventListener('message', onMessage)
    return () => {
      window.removeEventListener('message', onMessage)
      clearBridgeTimer()
    }
  }, [])

  const open = useCallback<PhoneBrowser['open']>(
    async (url, options) => {
      const seq = ++openSeq.current
      // Only the open that covers the chat: later ones come from inside the browser.
      if (!coveringRef.current) openerRef.current = document.activeElement
      coveringRef.current = true
      setOpening(true)
      setError(undefined)
      setLastAsked(url)
      try {
        const answer = await client.openPhoneBrowser({
          url,
          ...(accountId ? { accountId } : {}),
          ...(openid ? { openid } : {}),
          ...(options?.quirks ? { quirks: options.quirks } : {}),
        })
        if (seq !== openSeq.current) return
        clearBridgeTimer()
        reported.current = false
        lastOrigin.current = undefined
        setLeaving(undefined)
        setJssdk(undefined)
        setPage({ frameUrl: answer.frameUrl, url: answer.url, title: '', walkId: answer.walkId })
        setFrameKey((k) => k + 1)
      } catch (failure) {
        if (seq === openSeq.current) setError(failure)
      } finally {
        if (seq === openSeq.current) setOpening(false)
      }
    },
    [client, accountId, openid],
  )

  const close = useCallback(() => {
    openSeq.current += 1
    coveringRef.current = false
    clearBridgeTimer()
    lastOrigin.current = undefined
    setPage(undefined)
    setLeaving(undefined)
    setError(undefined)
    setOpening(false)
    setLoading(false)
    setJssdk(undefined)
    setHistory(EMPTY_HISTORY)
  }, [])

  const command = useCallback<PhoneBrowser['command']>((c) => {
    const current = pageRef.current
    if (!current) return
    if (leavingRef.current) {
      // The frame holds a document without the bridge: nobody there to ask. ‹ and reload come
      // back to the last page that reported (loaded again in a new frame); › has nowhere to go.
      if (c === 'forward') return
      setLeaving(undefined)
      setFrameKey((k) => k + 1)
      return
    }
    const target = commandTarget(lastOrigin.current, current.frameUrl)
    const frame = frameRef.current?.contentWindow
    if (!frame || !target) return
    frame.postMessage(commandMessage(c), target)
    setLoading(true)
    if (c !== 'reload') setHistory((h) => expectMove(h, c))
  }, [])

  const attach = useCallback((frame: HTMLIFrameElement | null) => {
    frameRef.current = frame
  }, [])

  const started = useCallback((frameUrl: string) => {
    clearBridgeTimer()
    reported.current = false
    lastOrigin.current = undefined
    setLoading(true)
    setHistory(startHistory(frameUrl))
  }, [])

  const loaded = useCallback(() => {
    setLoading(false)
    clearBridgeTimer()
    if (reported.current) {
      reported.current = false
      return
    }
    bridgeTimer.current = window.setTimeout(() => {
      bridgeTimer.current = undefined
      if (reported.current) {
        reported.current = false
        return
      }
      const last = pageRef.current
      if (last) setLeaving({ url: last.url, how: 'no-bridge' })
    }, BRIDGE_BOUND_MS)
  }, [])

  const opener = useCallback(() => openerRef.current, [])
  const dismissJssdk = useCallback(() => setJssdk(undefined), [])
  const dismissError = useCallback(() => setError(undefined), [])

  const browser = useMemo<PhoneBrowser>(
    () => ({ page, open, close, command, leaving, error }),
    [page, open, close, command, leaving, error],
  )
  const frame = useMemo<PhoneBrowserFrame>(
    () => ({
      shown: page !== undefined || opening || error !== undefined,
      opening,
      loading: loading || opening,
      frameKey,
      canGoBack: !leaving && canGoBack(history),
      canGoForward: !leaving && canGoForward(history),
      jssdk,
      dismissJssdk,
      lastAsked,
      dismissError,
      attach,
      started,
      loaded,
      opener,
    }),
    [
      page,
      opening,
      error,
      loading,
      frameKey,
      leaving,
      history,
      jssdk,
      dismissJssdk,
      lastAsked,
      dismissError,
      attach,
      started,
      loaded,
      opener,
    ],
  )
  return (
    <BrowserContext.Provider value={browser}>
      <FrameContext.Provider value={frame}>{props.children}</FrameContext.Provider>
    </BrowserContext.Provider>
  )
}

export function usePhoneBrowser(): PhoneBrowser {
  const browser = useContext(BrowserContext)
  if (!browser) throw new Error('usePhoneBrowser() must be used inside <PhoneBrowserProvider>')
  return browser
}

/** For the browser's own view (features/phone-browser): the frame's wiring. */
export function usePhoneBrowserFrame(): PhoneBrowserFrame {
  const frame = useContext(FrameContext)
  if (!frame) throw new Error('usePhoneBrowserFrame() must be used inside <PhoneBrowserProvider>')
  return frame
}
