/** Which Monaco language a recorded body is shown in: its Content-Type first, then its first byte. */
import type { HeaderList } from '../../../../shared/model/exchange'
import { headerValue, mediaType } from './request-facts'

export function bodyLanguage(headers: HeaderList, text: string): 'xml' | 'json' | 'plaintext' {
  const type = mediaType(headerValue(headers, 'content-type')) ?? ''
  const start = text.trimStart()
  // The body decides when it contradicts the header: a bot that labels XML as JSON still sent XML.
  if (start.startsWith('<')) return 'xml'
  if (start.startsWith('{') || start.startsWith('[')) return 'json'
  if (type.includes('json')) return 'json'
  if (type.includes('xml')) return 'xml'
  return 'plaintext'
}
