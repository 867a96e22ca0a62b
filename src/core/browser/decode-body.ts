/**
 * A compressed page made readable. The gateway asks for `Accept-Encoding: identity`, but a site
 * may compress anyway; an HTML page must be read to get the bridge, so gzip, deflate and br are
 * undone (bounded like any body), anything else is passed on untouched.
 */
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

export function decodeBody(
  body: Buffer,
  encoding: string | undefined,
  limit: number,
): Buffer | undefined {
  const name = (encoding ?? '').trim().toLowerCase()
  const options = { maxOutputLength: limit }
  try {
    switch (name) {
      case '':
      case 'identity':
        return body
      case 'gzip':
      case 'x-gzip':
        return gunzipSync(body, options)
      case 'deflate':
        return inflateSync(body, options)
      case 'br':
        return brotliDecompressSync(body, options)
      default:
        return undefined
    }
  } catch {
    return undefined
  }
}
