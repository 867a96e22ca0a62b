import { isUtf8 } from 'node:buffer'
import type { RecordedBody } from '../../shared/model/exchange'

/** A body as the Exchange keeps it: UTF-8 text, exact byte count, base64 when not valid UTF-8. */
export function recordedBody(buffer: Buffer): RecordedBody {
  const text = buffer.toString('utf8')
  return isUtf8(buffer)
    ? { text, bytes: buffer.length }
    : { text, bytes: buffer.length, base64: buffer.toString('base64') }
}
