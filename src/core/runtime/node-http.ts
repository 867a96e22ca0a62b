/**
 * What mpsim's node:http clients (the engine's pushes to the bot, the phone browser's gateways, the
 * OAuth steps' calls) and servers read the same way: headers as sent, and a socket error as the
 * kind of network failure the Inspector names.
 */
import type { IncomingMessage } from 'node:http'
import type { NetworkErrorCode } from '../../shared/model/exchange'

/**
 * A message's headers in the order and spelling they were sent (Node's rawHeaders, paired); a
 * fresh array, so it also fits the control API's outputs, which are not readonly.
 */
export function rawHeaderList(message: IncomingMessage): [string, string][] {
  const out: [string, string][] = []
  const raw = message.rawHeaders
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i] ?? '', raw[i + 1] ?? ''])
  return out
}

export function networkErrorCode(error: NodeJS.ErrnoException): NetworkErrorCode {
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'connection-refused'
    case 'ECONNRESET':
    case 'EPIPE':
      return 'connection-reset'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'dns'
    case 'ETIMEDOUT':
      return 'timeout'
    case undefined:
    default:
      if (error.code?.startsWith('ERR_TLS') || error.code?.includes('CERT')) return 'tls'
      // Node reports "socket hang up" (server closed without answering) with ECONNRESET or none.
      return error.message.includes('socket hang up') ? 'connection-reset' : 'other'
  }
}
