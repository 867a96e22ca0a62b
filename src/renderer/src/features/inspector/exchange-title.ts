/**
 * How an exchange is named in the list and the detail, in the reader's language: what went over
 * the wire (a message type, an API path, a page's address) and, beside it, what that was for in
 * words (shared/explain/exchange-titles.ts). Verification has words only: its recorded title is
 * an English phrase, not wire data.
 */
import { exchangeTitleWords } from '../../../../shared/explain/exchange-titles'
import type { Lang } from '../../../../shared/explain/types'
import type { Exchange } from '../../../../shared/model/exchange'

export interface ExchangeHeading {
  /** The name: wire data (shown monospaced) or, for verification, words. */
  readonly title: string
  readonly mono: boolean
  /** What it was for, in words, when that adds something to the title. */
  readonly words?: string | undefined
}

export function exchangeHeading(exchange: Exchange, lang: Lang): ExchangeHeading {
  const words = exchangeTitleWords(exchange)?.[lang]
  switch (exchange.kind) {
    case 'verify':
      return { title: words ?? exchange.title, mono: false }
    case 'push':
      return { title: exchange.title, mono: true }
    case 'api':
    case 'oauth':
      return { title: exchange.title, mono: true, words }
    case 'page': {
      const { jssdkConfig, jssdkCall, url, title } = exchange.analysis
      if (jssdkConfig) return { title: 'wx.config', mono: true, words: jssdkConfig.errMsg }
      if (jssdkCall) return { title: `wx.${jssdkCall.api}`, mono: true }
      // A redirect's page is the framework's "Found": where it leads says more.
      const next = exchange.analysis.redirectTo
      if (next !== undefined)
        return { title: shortAddress(url), mono: true, words: `→ ${shortAddress(next)}` }
      return { title: shortAddress(url), mono: true, words: words ?? title }
    }
  }
}

/** The title alone (the detail's heading, the list's row). */
export function exchangeTitle(exchange: Exchange, lang: Lang): string {
  return exchangeHeading(exchange, lang).title
}

/** host + path of an address, without scheme, query or fragment: short enough for a row. */
export function shortAddress(url: string): string {
  if (!URL.canParse(url)) return url
  const parsed = new URL(url)
  return `${parsed.host}${parsed.pathname}`
}
