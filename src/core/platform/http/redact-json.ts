/**
 * Redaction of JSON bodies (/cgi-bin/stable_token sends the AppSecret in one), by key after
 * decoding. A small scanner rather than JSON.parse + stringify, for two reasons: the log keeps the
 * bytes the bot sent (only the secret values' spans change), and malformed bodies — the ones a
 * developer is debugging, which the platform answers with 47001 — must be redacted too. So it is
 * lenient: single-quoted strings, bare keys, an unterminated string or a missing brace still
 * mark a key and its value.
 *
 * Keys are decoded like JSON strings (`"\u0073ecret"` is `secret`). A secret key's value of any
 * type becomes the string `"<redacted:N chars>"` (N: the decoded length of a string, the text
 * length otherwise); any string that contains a known AppSecret is masked whole.
 */
import { isSecretName, mask } from './redact-rules'
import type { KnownSecrets } from './redact-rules'

interface Token {
  /** Index just past the token. */
  readonly end: number
  /** A string's decoded value, or the token's text. */
  readonly value: string
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
}

const isQuote = (c: string | undefined): boolean => c === '"' || c === "'"

function readString(text: string, start: number): Token {
  const quote = text[start]
  let value = ''
  let i = start + 1
  while (i < text.length) {
    const c = text[i] ?? ''
    if (c === quote) return { end: i + 1, value }
    if (c === '\\' && i + 1 < text.length) {
      const escaped = text[i + 1] ?? ''
      const hex = text.slice(i + 2, i + 6)
      if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) {
        value += String.fromCharCode(parseInt(hex, 16))
        i += 6
      } else {
        value += SIMPLE_ESCAPES[escaped] ?? escaped
        i += 2
      }
      continue
    }
    value += c
    i += 1
  }
  return { end: text.length, value }
}

/** An object or array: up to its matching bracket, skipping strings (or to the end). */
function readNested(text: string, start: number): Token {
  let depth = 0
  let i = start
  while (i < text.length) {
    const c = text[i]
    if (isQuote(c)) {
      i = readString(text, i).end
      continue
    }
    if (c === '{' || c === '[') depth += 1
    if (c === '}' || c === ']') depth -= 1
    i += 1
    if (depth === 0) break
  }
  return { end: i, value: text.slice(start, i) }
}

/** A number, literal or bare word: up to the next separator, trailing spaces left out. */
function readScalar(text: string, start: number): Token {
  const stop = text.slice(start).search(/[,}\]\r\n]/)
  const raw = text.slice(start, stop < 0 ? text.length : start + stop).trimEnd()
  return { end: start + raw.length, value: raw }
}

function readValue(text: string, start: number): Token {
  const c = text[start]
  if (isQuote(c)) return readString(text, start)
  if (c === '{' || c === '[') return readNested(text, start)
  return readScalar(text, start)
}

function skipSpaces(text: string, from: number): number {
  let i = from
  while (i < text.length && /\s/.test(text[i] ?? '')) i += 1
  return i
}

const BARE_KEY = /[A-Za-z_$][\w$]*/y

/** `text` with the values of secret keys (and strings holding a known secret) masked. */
export function redactJsonText(text: string, known: KnownSecrets): string {
  let out = ''
  let copied = 0
  let i = 0
  while (i < text.length) {
    const quoted = isQuote(text[i])
    BARE_KEY.lastIndex = i
    const bare = quoted ? null : BARE_KEY.exec(text)
    if (!quoted && !bare) {
      i += 1
      continue
    }
    const token: Token = quoted
      ? readString(text, i)
      : { end: i + (bare?.[0].length ?? 1), value: bare?.[0] ?? '' }
    const colon = skipSpaces(text, token.end)
    if (text[colon] === ':' && isSecretName(token.value)) {
      const start = skipSpaces(text, colon + 1)
      if (start >= text.length) break
      const value = readValue(text, start)
      out += `${text.slice(copied, start)}"${mask(value.value.length)}"`
      copied = value.end
      i = value.end
      continue
    }
    if (quoted && known.contains(token.value)) {
      const quote = text[i] ?? '"'
      out += `${text.slice(copied, i)}${quote}${mask(token.value.length)}${quote}`
      copied = token.end
    }
    i = token.end
  }
  return out + text.slice(copied)
}
