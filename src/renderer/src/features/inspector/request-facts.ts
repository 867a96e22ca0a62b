/**
 * Facts the inspector reads off a recorded request: its query parameters (with what each means in
 * WeChat's protocol) and its Content-Type compared with what WeChat sends.
 */
import type { HeaderList } from '../../../../shared/model/exchange'

/** WeChat's pushes and verification requests always carry this (protocol.md §4.2). */
export const WECHAT_CONTENT_TYPE = 'text/xml'

export type QueryKey =
  'signature' | 'timestamp' | 'nonce' | 'openid' | 'encrypt_type' | 'msg_signature' | 'echostr'

export const KNOWN_QUERY: readonly QueryKey[] = [
  'signature',
  'timestamp',
  'nonce',
  'openid',
  'encrypt_type',
  'msg_signature',
  'echostr',
]

export function queryParams(url: string): [string, string][] {
  try {
    return [...new URL(url).searchParams.entries()]
  } catch {
    return []
  }
}

export function headerValue(headers: HeaderList, name: string): string | undefined {
  const wanted = name.toLowerCase()
  return headers.find(([n]) => n.toLowerCase() === wanted)?.[1]
}

/** The media type alone, lower-cased: `text/xml; charset=utf-8` → `text/xml`. */
export function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase()
}
