/**
 * Which requests through a gateway become an Exchange (docs/phone-browser.md "Recording"): page
 * loads (each redirect hop is one), form posts and a script's fetch/XHR. Static subresources —
 * scripts, styles, images, fonts — are not: a page's fifty icons would bury the walk.
 *
 * Browsers say what a request is for in Sec-Fetch-Mode/Sec-Fetch-Dest; a client without them
 * (an old WebView, curl) is judged by method and Accept.
 */
import type { PageAnalysis } from '../../shared/model/analysis'

export type RecordedPurpose = Exclude<PageAnalysis['purpose'], 'jssdk'>

export interface PurposeInput {
  readonly method: string
  /** Lower-cased header names. */
  readonly header: (name: string) => string | undefined
}

/** @example requestPurpose({ method: 'POST', header: h({ 'sec-fetch-mode': 'navigate' }) }) // 'form' */
export function requestPurpose(input: PurposeInput): RecordedPurpose | undefined {
  const method = input.method.toUpperCase()
  // A CORS preflight is the browser's question, not something the page asked for.
  if (method === 'OPTIONS') return undefined
  const mode = input.header('sec-fetch-mode')?.toLowerCase()
  const dest = input.header('sec-fetch-dest')?.toLowerCase()
  if (mode === 'navigate' || mode === 'nested-navigate') {
    return method === 'GET' || method === 'HEAD' ? 'navigate' : 'form'
  }
  if (mode !== undefined || dest !== undefined) {
    // fetch() and XMLHttpRequest have the destination "empty"; everything else is a subresource.
    return dest === 'empty' || dest === undefined ? 'fetch' : undefined
  }
  const accept = input.header('accept')?.toLowerCase() ?? ''
  const type = input.header('content-type')?.toLowerCase() ?? ''
  if (method === 'GET' || method === 'HEAD') {
    return accept.includes('text/html') ? 'navigate' : undefined
  }
  const formBody =
    type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')
  return formBody && accept.includes('text/html') ? 'form' : 'fetch'
}
