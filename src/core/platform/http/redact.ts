/**
 * The AppSecret never goes into the exchange log: the log is a file a user may commit or attach
 * to a bug report. Redaction happens after parsing, the way the platform parses — matching raw
 * text let `%73ecret=`, `"\u0073ecret"` and `SECRET=` through. The rules (which names and values
 * are secret, what is kept) are in redact-rules.ts.
 */
import { isUtf8 } from 'node:buffer'
import type { HeaderList } from '../../../shared/model/exchange'
import { redactJsonText } from './redact-json'
import { redactPairs } from './redact-pairs'
import { isSecretName, knownSecrets, mask } from './redact-rules'

/** Headers that carry credentials whatever their value looks like. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization'])

/**
 * The request target with secret query values masked. The query is everything after the first
 * '?', as api/request.ts reads it.
 * @param secrets the accounts' AppSecrets, masked wherever they appear. @default []
 */
export function redactSecretsInUrl(url: string, secrets: readonly string[] = []): string {
  const known = knownSecrets(secrets)
  // Most URLs have nothing to hide: no escapes (so no name decodes to "secret" unseen), no
  // "secret" in sight and no known secret. Those are kept as they are without splitting them.
  if (!/[%+]|secret/i.test(url) && !known.contains(url)) return url
  const at = url.indexOf('?')
  const redacted = at < 0 ? url : `${url.slice(0, at + 1)}${redactPairs(url.slice(at + 1), known)}`
  return known.maskIn(redacted)
}

/**
 * A request body with secrets masked: JSON-looking bodies by key (the platform reads every body
 * as JSON, whatever its Content-Type), anything else as form pairs. A body without secrets is
 * returned as the same buffer; a body that is not UTF-8 keeps its other bytes exactly.
 * @param secrets as for redactSecretsInUrl. @default []
 */
export function redactSecretsInBody(body: Buffer, secrets: readonly string[] = []): Buffer {
  if (body.length === 0) return body
  const known = knownSecrets(secrets)
  // latin1 maps bytes to characters one to one, so spans keep non-UTF-8 bytes as they were.
  const encoding = isUtf8(body) ? 'utf8' : 'latin1'
  const text = body.toString(encoding)
  const byKey = /^\s*[{[]/.test(text) ? redactJsonText(text, known) : redactPairs(text, known)
  const redacted = known.maskIn(byKey)
  return redacted === text ? body : Buffer.from(redacted, encoding)
}

/**
 * Request headers with secrets masked: secret-named and credential headers whole, known secrets
 * inside any other value.
 * @param secrets as for redactSecretsInUrl. @default []
 */
export function redactSecretsInHeaders(
  headers: HeaderList,
  secrets: readonly string[] = [],
): HeaderList {
  const known = knownSecrets(secrets)
  return headers.map((header) => {
    const [name, value] = header
    if (isSecretName(name) || CREDENTIAL_HEADERS.has(name.toLowerCase())) {
      return [name, mask(value.length)]
    }
    const masked = known.maskIn(value)
    // Most headers hold no secret: keep the pair rather than copy it.
    return masked === value ? header : [name, masked]
  })
}
