/**
 * Reading a body whole, up to a limit, for the gateways (plain node:http, no Express). Like
 * runtime/body-limit.ts for the other servers: a declared Content-Length over the limit is refused
 * before a byte is read, and a body that grows past it stops being read, so a client announcing
 * or streaming gigabytes cannot hold a gateway.
 */
import type { IncomingMessage } from 'node:http'

/** Request bodies: forms with a photo or two. */
export const REQUEST_BODY_LIMIT = 8 * 1024 * 1024
/** Responses the gateway reads whole (pages, recorded answers): generous for HTML and JSON. */
export const RESPONSE_BODY_LIMIT = 16 * 1024 * 1024

export type BodyRead =
  | { readonly ok: true; readonly body: Buffer }
  | { readonly ok: false; readonly reason: 'too-large' | 'aborted'; readonly message: string }

/** Whether the declared Content-Length is already over the limit. */
export function declaredOver(message: IncomingMessage, limit: number): boolean {
  const declared = Number(message.headers['content-length'] ?? 0)
  return Number.isFinite(declared) && declared > limit
}

/** The whole body, or why not. On 'too-large' the stream is left paused: the caller ends it. */
export function readBody(message: IncomingMessage, limit: number): Promise<BodyRead> {
  if (declaredOver(message, limit)) {
    return Promise.resolve({
      ok: false,
      reason: 'too-large',
      message: `${String(message.headers['content-length'])} bytes declared, the limit is ${limit}`,
    })
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const settle = (read: BodyRead): void => {
      if (settled) return
      settled = true
      message.off('data', onData)
      resolve(read)
    }
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size > limit) {
        message.pause()
        settle({ ok: false, reason: 'too-large', message: `over ${limit} bytes` })
        return
      }
      chunks.push(chunk)
    }
    message.on('data', onData)
    message.on('end', () => settle({ ok: true, body: Buffer.concat(chunks) }))
    message.on('error', (error) => settle({ ok: false, reason: 'aborted', message: error.message }))
    message.on('close', () => {
      if (!message.complete) settle({ ok: false, reason: 'aborted', message: 'connection closed' })
    })
  })
}
