import type { RecordedBody } from '../../shared/model/exchange'

/** A body as the Exchange keeps it: UTF-8 text, exact byte count, base64 when not valid UTF-8. */
export function recordedBody(buffer: Buffer): RecordedBody {
  const text = buffer.toString('utf8')
  const valid = Buffer.from(text, 'utf8').equals(buffer)
  return valid
    ? { text, bytes: buffer.length }
    : { text, bytes: buffer.length, base64: buffer.toString('base64') }
}
