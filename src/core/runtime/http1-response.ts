/**
 * Reads one HTTP/1.1 response from the bytes of a connection, as they arrive (the push client's
 * parser, http1-client.ts). Strict where Node's own parser (llhttp) is strict, so a bot's framing
 * mistake is a failed attempt here too: a status line other than `HTTP/1.x NNN`, a header line
 * without a colon or with control characters, a Content-Length that is not digits, twice, or next
 * to chunked Transfer-Encoding, broken chunking, more than 16 KiB of head. Bodies are framed by
 * Content-Length, chunked encoding, or the end of the connection; 1xx interim answers are skipped.
 * No I/O: the client feeds chunks and the connection's end.
 */

export interface ParsedResponse {
  readonly status: number
  /** In the order and spelling sent; values without surrounding blanks, decoded as latin1. */
  readonly headers: [string, string][]
  readonly body: Buffer
  /** Whether the connection may carry another request (framing known, no `Connection: close`). */
  readonly reusable: boolean
}

export type ParseStep =
  | { readonly kind: 'more' }
  | { readonly kind: 'done'; readonly response: ParsedResponse; readonly leftover: number }
  | { readonly kind: 'failed'; readonly failure: ParseFailure }

export interface ParseFailure {
  /** How the client reports it: a malformed answer, a body over the limit, a connection cut short. */
  readonly kind: 'malformed' | 'too-large' | 'cut'
  readonly message: string
}

/** Node's default maxHeaderSize: more head than this is an error, not a reason to wait forever. */
export const MAX_HEAD_BYTES = 16 * 1024

const HEAD_END = Buffer.from('\r\n\r\n')
const CRLF = Buffer.from('\r\n')
const PREFIX = 'HTTP/'
/** A trailer line: a name and a colon (what follows is not kept). */
const HEADER_LINE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+:/
/** Control characters other than HTAB are refused in header values, as llhttp does. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const VALUE_CTL = /[\x00-\x08\x0a-\x1f\x7f]/
const CHUNK_SIZE = /^([0-9A-Fa-f]{1,12})(?:[ \t]*;[^\r\n]*)?$/

type Failed = Extract<ParseStep, { kind: 'failed' }>
type HeadStep = {
  readonly kind: 'head'
  readonly head: Head | 'interim'
  readonly consumed: number
}

const MORE: ParseStep = { kind: 'more' }
const malformed = (message: string): Failed => ({
  kind: 'failed',
  failure: { kind: 'malformed', message: `Parse Error: ${message}` },
})

type Framing =
  | { readonly kind: 'none' }
  | { readonly kind: 'length'; readonly length: number }
  | { readonly kind: 'chunked' }
  | { readonly kind: 'close' }

/** Why a head is refused, in llhttp's words. */
interface Refusal {
  readonly refused: string
}

interface Head {
  readonly status: number
  readonly headers: [string, string][]
  readonly framing: Framing
  readonly keepAlive: boolean
}

/**
 * One response, fed chunk by chunk. `push` returns `done` once the response is whole (with how many
 * bytes of the last chunk were left over, which makes the connection unusable), `failed` at the
 * first error, `more` otherwise; `end` is the connection closing.
 */
export class ResponseReader {
  private buffered: Buffer | undefined
  private head: Head | undefined
  private readonly parts: Buffer[] = []
  private bodyBytes = 0
  /** Chunked state: bytes left in the current chunk's data, or -1 while reading a size line. */
  private chunkLeft = -1
  private trailers = false

  private readonly maxBodyBytes: number

  constructor(maxBodyBytes: number) {
    this.maxBodyBytes = maxBodyBytes
  }

  push(chunk: Buffer): ParseStep {
    let data = this.buffered ? Buffer.concat([this.buffered, chunk]) : chunk
    this.buffered = undefined
    while (this.head === undefined) {
      const step = this.readHead(data)
      if (step === undefined) return MORE
      if (step.kind === 'failed') return step
      data = data.subarray(step.consumed)
      if (step.head === 'interim') continue
      this.head = step.head
    }
    return this.readBody(data)
  }

  end(): ParseStep {
    if (this.head === undefined) return cut('socket hang up')
    if (this.head.framing.kind === 'close') return this.done(0)
    return cut('aborted')
  }

  private readHead(data: Buffer): HeadStep | Failed | undefined {
    const prefix = data.toString('latin1', 0, Math.min(data.length, PREFIX.length))
    if (!PREFIX.startsWith(prefix)) return malformed('Expected HTTP/')
    const end = data.indexOf(HEAD_END)
    if (end === -1) {
      if (data.length > MAX_HEAD_BYTES) return malformed('Header overflow')
      this.buffered = data
      return undefined
    }
    if (end > MAX_HEAD_BYTES) return malformed('Header overflow')
    const head = parseHead(data.toString('latin1', 0, end))
    if (head !== 'interim' && 'refused' in head) return malformed(head.refused)
    return { kind: 'head', head, consumed: end + HEAD_END.length }
  }

  private readBody(data: Buffer): ParseStep {
    const framing = (this.head as Head).framing
    switch (framing.kind) {
      case 'none':
        return this.done(data.length)
      case 'close':
        return this.take(data) ?? MORE
      case 'length': {
        const wanted = framing.length - this.bodyBytes
        if (data.length < wanted) return this.take(data) ?? MORE
        return this.take(data.subarray(0, wanted)) ?? this.done(data.length - wanted)
      }
      case 'chunked':
        return this.readChunks(data)
    }
  }

  private readChunks(data: Buffer): ParseStep {
    let at = 0
    while (at < data.length) {
      if (this.chunkLeft > 0) {
        const n = Math.min(this.chunkLeft, data.length - at)
        const over = this.take(data.subarray(at, at + n))
        if (over) return over
        at += n
        this.chunkLeft -= n
        // The data's CRLF is read as an empty "line" below.
        if (this.chunkLeft === 0) this.chunkLeft = -2
        continue
      }
      const lineEnd = data.indexOf(CRLF, at)
      if (lineEnd === -1) {
        if (data.length - at > MAX_HEAD_BYTES) return malformed('Chunk line too long')
        this.buffered = data.subarray(at)
        return MORE
      }
      const line = data.toString('latin1', at, lineEnd)
      at = lineEnd + CRLF.length
      if (this.chunkLeft === -2) {
        if (line !== '') return malformed('Expected LF after chunk data')
        this.chunkLeft = -1
      } else if (this.trailers) {
        if (line === '') return this.done(data.length - at)
        if (!HEADER_LINE.test(line)) return malformed('Invalid trailer')
      } else {
        const size = CHUNK_SIZE.exec(line)
        if (!size) return malformed('Invalid character in chunk size')
        const n = Number.parseInt(size[1] ?? '', 16)
        if (n === 0) this.trailers = true
        else this.chunkLeft = n
      }
    }
    this.buffered = undefined
    return MORE
  }

  /** Adds body bytes; a failure once the body passes the limit. */
  private take(part: Buffer): ParseStep | undefined {
    if (part.length === 0) return undefined
    this.bodyBytes += part.length
    if (this.bodyBytes > this.maxBodyBytes) {
      return {
        kind: 'failed',
        failure: { kind: 'too-large', message: `response body over ${this.maxBodyBytes} bytes` },
      }
    }
    this.parts.push(part)
    return undefined
  }

  private done(leftover: number): ParseStep {
    const head = this.head as Head
    const body =
      this.parts.length === 1
        ? (this.parts[0] as Buffer)
        : Buffer.concat(this.parts, this.bodyBytes)
    return {
      kind: 'done',
      response: {
        status: head.status,
        headers: head.headers,
        body,
        reusable: head.keepAlive && head.framing.kind !== 'close' && leftover === 0,
      },
      leftover,
    }
  }
}

function cut(message: string): Failed {
  return { kind: 'failed', failure: { kind: 'cut', message } }
}

/** The head's fields, 'interim' for a 1xx answer to skip, or the parse error's words. */
function parseHead(text: string): Head | 'interim' | Refusal {
  let lineEnd = text.indexOf('\r\n')
  if (lineEnd === -1) lineEnd = text.length
  const code = statusCode(text, lineEnd)
  if (code === undefined) return { refused: 'Invalid response status' }
  const headers: [string, string][] = []
  let contentLength: number | undefined
  let chunked = false
  let transferEncoding = false
  // HTTP/1.0 closes unless asked to keep alive; 1.1 keeps alive unless asked to close.
  let close = text.charCodeAt(7) === 0x30
  for (let at = lineEnd + 2; at < text.length;) {
    let next = text.indexOf('\r\n', at)
    if (next === -1) next = text.length
    const colon = text.indexOf(':', at)
    if (colon === -1 || colon >= next) return { refused: 'Invalid header token' }
    const name = text.slice(at, colon)
    if (!TOKEN.test(name)) return { refused: 'Invalid header token' }
    const value = trimBlanks(text, colon + 1, next)
    at = next + 2
    if (VALUE_CTL.test(value)) return { refused: 'Invalid header value char' }
    headers.push([name, value])
    switch (
      name.length === 10 || name.length === 14 || name.length === 17 ? name.toLowerCase() : ''
    ) {
      case 'content-length':
        if (!/^\d+$/.test(value)) return { refused: 'Invalid character in Content-Length' }
        if (contentLength !== undefined) return { refused: 'Duplicate Content-Length' }
        contentLength = Number(value)
        break
      case 'transfer-encoding': {
        transferEncoding = true
        const codings = value.toLowerCase().split(',')
        chunked = codings[codings.length - 1]?.trim() === 'chunked'
        break
      }
      case 'connection': {
        const tokens = value
          .toLowerCase()
          .split(',')
          .map((t) => t.trim())
        if (tokens.includes('close')) close = true
        else if (tokens.includes('keep-alive')) close = false
        break
      }
    }
  }
  if (code >= 100 && code < 200 && code !== 101) return 'interim'
  if (transferEncoding && contentLength !== undefined) {
    return { refused: "Content-Length can't be present with Transfer-Encoding" }
  }
  const framing: Framing =
    code === 101 || code === 204 || code === 304
      ? { kind: 'none' }
      : chunked
        ? { kind: 'chunked' }
        : transferEncoding
          ? { kind: 'close' }
          : contentLength !== undefined
            ? { kind: 'length', length: contentLength }
            : { kind: 'close' }
  return { status: code, headers, framing, keepAlive: !close && code !== 101 }
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
/** After the code: nothing, or a blank and a reason without line breaks. */
const REASON = /^(?:[ \t][^\r\n]*)?$/

/** `HTTP/1.x NNN[ reason]` → NNN; undefined for any other first line. */
function statusCode(text: string, lineEnd: number): number | undefined {
  if (lineEnd < 12 || !text.startsWith('HTTP/1.') || text.charCodeAt(8) !== 0x20) return undefined
  const minor = text.charCodeAt(7)
  if (minor !== 0x30 && minor !== 0x31) return undefined
  let code = 0
  for (let i = 9; i < 12; i++) {
    const digit = text.charCodeAt(i) - 0x30
    if (digit < 0 || digit > 9) return undefined
    code = code * 10 + digit
  }
  return REASON.test(text.slice(12, lineEnd)) ? code : undefined
}

/** text[from, to) without the blanks (SP, HTAB) around it. */
function trimBlanks(text: string, from: number, to: number): string {
  let start = from
  let end = to
  while (start < end && isBlank(text.charCodeAt(start))) start++
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--
  return text.slice(start, end)
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09
}
