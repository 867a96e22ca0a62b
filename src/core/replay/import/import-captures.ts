/**
 * importCaptures: captured pushes in any of the forms QA teams keep them (docs/replay.md
 * "Import") → an ImportReport of the messages found and of what was skipped, with reasons. Pure:
 * the bytes come in, files are read elsewhere (read-capture-files.ts). Each input is sniffed by
 * its content, not its name (pasted text has none):
 *  - `<…`                          one push body, plaintext or an encrypted envelope (several
 *                                   bodies one after another when pasted together);
 *  - `POST /path?… HTTP/1.1`        a raw HTTP request, its query and headers kept;
 *  - a JSON object with log.entries a HAR;
 *  - a JSON array                   exported exchanges;
 *  - a JSON object                  one exchange (a single log line);
 *  - JSON lines                     the exchange log or an NDJSON export.
 * One bad input, entry or line never stops the others, and every input is in the report: as
 * messages, as skips, or both.
 */
import type { CaptureSource, ImportReport } from '../../../shared/model/capture'
import { decodeText, withoutBom } from './decode-text'
import type { DecodedText } from './decode-text'
import { importExchange } from './exchanges'
import { importHar, isHar } from './har'
import { parseRawRequest, queryOfTarget } from './http-request'
import type { RawRequest } from './http-request'
import { readPushBody } from './read-push-body'
import { ReportBuilder } from './report-builder'
import type { CaptureInput, ImportContext } from './types'

export function importCaptures(inputs: readonly CaptureInput[], ctx: ImportContext): ImportReport {
  const out = new ReportBuilder()
  for (const input of inputs) {
    const fileSource: CaptureSource = { kind: 'xml', name: input.name }
    if (input.unread) {
      out.skip(fileSource, input.unread.reason, input.unread.detail)
      continue
    }
    try {
      importOne(input, ctx, out)
    } catch (error) {
      // The readers below report every expected failure; this is the net for the unexpected.
      out.skip(fileSource, 'unreadable', error instanceof Error ? error.message : String(error))
    }
  }
  return out.report()
}

function importOne(input: CaptureInput, ctx: ImportContext, out: ReportBuilder): void {
  const kindOf = (kind: CaptureSource['kind']): CaptureSource['kind'] =>
    input.pasted === true ? 'paste' : kind
  const decoded = decodeText(input.bytes)
  const text = withoutBom(decoded.text).trim()
  if (text === '') {
    out.skip({ kind: kindOf('xml'), name: input.name }, 'empty')
    return
  }
  if (text.startsWith('<')) {
    importXml(decoded, { kind: kindOf('xml'), name: input.name }, ctx, out)
    return
  }
  // From the untrimmed text, so the body keeps its trailing bytes exactly.
  const raw = parseRawRequest(withoutBom(decoded.text).trimStart())
  if (raw !== undefined) {
    importRawRequest(raw, { kind: kindOf('xml'), name: input.name }, ctx, out)
    return
  }
  if (text.startsWith('{') || text.startsWith('[')) {
    importJson(text, input.name, kindOf, ctx, out)
    return
  }
  out.skip({ kind: kindOf('xml'), name: input.name }, 'not-xml', firstLine(text))
}

function importXml(
  decoded: DecodedText,
  source: CaptureSource,
  ctx: ImportContext,
  out: ReportBuilder,
): void {
  const reading = readPushBody(decoded.text, ctx.accounts)
  if (reading.ok) {
    out.found(source, { ...reading.push, original: decoded })
    return
  }
  const bodies = reading.reason === 'not-xml' ? splitBodies(decoded.text) : undefined
  if (bodies === undefined) {
    out.skip(source, reading.reason, reading.detail)
    return
  }
  bodies.forEach((body, index) => {
    const one = readPushBody(body, ctx.accounts)
    if (one.ok) out.found({ ...source, index }, { ...one.push, original: { text: body } })
    else out.skip({ ...source, index }, one.reason, one.detail)
  })
}

/**
 * Several `<xml>…</xml>` bodies one after another (pasted from a log), or undefined when the text
 * is not just that. A `</xml>` inside a CDATA value would cut a body short; that body then fails
 * to parse and is reported, the others still come through.
 */
function splitBodies(text: string): string[] | undefined {
  const bodies = [...text.matchAll(/(?:<\?xml[^>]*\?>\s*)?<xml>[\s\S]*?<\/xml>/g)].map((m) => m[0])
  if (bodies.length < 2) return undefined
  const between = bodies.reduce((rest, body) => rest.replace(body, ''), withoutBom(text))
  return between.trim() === '' ? bodies : undefined
}

function importRawRequest(
  raw: RawRequest,
  source: CaptureSource,
  ctx: ImportContext,
  out: ReportBuilder,
): void {
  if (raw.method !== 'POST') {
    out.skip(source, 'not-a-post', `${raw.method} ${raw.target}`)
    return
  }
  const reading = readPushBody(raw.body, ctx.accounts)
  if (!reading.ok) {
    out.skip(source, reading.reason, reading.detail)
    return
  }
  out.found(source, {
    ...reading.push,
    original: { text: raw.body },
    query: queryOfTarget(raw.target),
    headers: raw.headers,
  })
}

function importJson(
  text: string,
  name: string,
  kindOf: (kind: CaptureSource['kind']) => CaptureSource['kind'],
  ctx: ImportContext,
  out: ReportBuilder,
): void {
  const doc = parseJson(text)
  if (doc.ok) {
    if (isHar(doc.value) && doc.value.log.entries.length === 0) {
      out.skip({ kind: kindOf('har'), name }, 'empty', 'the HAR has no entries')
    } else if (isHar(doc.value)) {
      importHar(doc.value.log.entries, { kind: kindOf('har'), name }, ctx.accounts, out)
    } else if (Array.isArray(doc.value) && doc.value.length === 0) {
      out.skip({ kind: kindOf('export'), name }, 'empty', 'the export holds no exchanges')
    } else if (Array.isArray(doc.value)) {
      doc.value.forEach((record, index) =>
        importExchange(record, { kind: kindOf('export'), name, index }, ctx.accounts, out),
      )
    } else if (typeof doc.value === 'object' && doc.value !== null && 'log' in doc.value) {
      out.skip({ kind: kindOf('har'), name }, 'not-har', 'log has no entries array')
    } else {
      importExchange(doc.value, { kind: kindOf('ndjson'), name, index: 0 }, ctx.accounts, out)
    }
    return
  }
  if (/\.har$/i.test(name)) {
    out.skip({ kind: kindOf('har'), name }, 'not-har', doc.error)
    return
  }
  importNdjson(text, name, kindOf('ndjson'), ctx, out)
}

/** One exchange per line; blank lines are layout. `index` is the 0-based line number. */
function importNdjson(
  text: string,
  name: string,
  kind: CaptureSource['kind'],
  ctx: ImportContext,
  out: ReportBuilder,
): void {
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return
    const source = { kind, name, index }
    const record = parseJson(line)
    if (record.ok) importExchange(record.value, source, ctx.accounts, out)
    else out.skip(source, 'not-an-exchange', record.error)
  })
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/, 1)[0] ?? ''
  return line.length > 80 ? `${line.slice(0, 80)}…` : line
}
