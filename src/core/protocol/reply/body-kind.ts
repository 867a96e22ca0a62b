/**
 * Sorts a response body into what WeChat makes of it before reading any XML (protocol.md §0 #8, §7.3):
 * no reply (empty, `success`), something that is not a passive reply at all (JSON, HTML, plain
 * text), or markup to parse. Framework fingerprints (Django REST framework, Django's CSRF page,
 * Express's default 404) go into hints so the explanation can name the likely cause.
 */

export type BodyKind =
  | { readonly kind: 'empty' }
  | { readonly kind: 'whitespace'; readonly bytes: number }
  /** `exact` false: `success` with whitespace around it. */
  | { readonly kind: 'success'; readonly exact: boolean }
  /** `"success"` (a JSON string) or another case: not the literal WeChat looks for. */
  | { readonly kind: 'success-lookalike'; readonly got: string }
  | { readonly kind: 'json'; readonly hint?: string; readonly message?: string }
  | { readonly kind: 'html'; readonly title?: string; readonly hint?: string }
  | { readonly kind: 'text'; readonly preview: string }
  | { readonly kind: 'markup' }

const PREVIEW_CHARS = 80

export function classifyBody(body: string): BodyKind {
  if (body === '') return { kind: 'empty' }
  if (body === 'success') return { kind: 'success', exact: true }
  const trimmed = body.trim()
  if (trimmed === '') return { kind: 'whitespace', bytes: Buffer.byteLength(body, 'utf8') }
  if (trimmed === 'success') return { kind: 'success', exact: false }
  if (/^"?success"?$/i.test(trimmed)) return { kind: 'success-lookalike', got: trimmed }
  const json = asJson(trimmed)
  if (json) return json
  if (isHtml(trimmed)) return htmlKind(trimmed)
  if (!trimmed.startsWith('<')) return { kind: 'text', preview: trimmed.slice(0, PREVIEW_CHARS) }
  return { kind: 'markup' }
}

function asJson(trimmed: string): BodyKind | undefined {
  if (!/^[[{"]/.test(trimmed)) return undefined
  let value: unknown
  try {
    value = JSON.parse(trimmed)
  } catch {
    return undefined
  }
  // Django REST framework renders every error and most views as JSON, e.g. {"detail": "..."};
  // the seed journey's bot did exactly this (seed-journey.txt).
  if (isRecord(value) && typeof value.detail === 'string') {
    return { kind: 'json', hint: 'django-rest-framework', message: value.detail }
  }
  return { kind: 'json' }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isHtml(trimmed: string): boolean {
  return /^<!doctype\s+html/i.test(trimmed) || /^<html[\s>]/i.test(trimmed)
}

function htmlKind(html: string): BodyKind {
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.trim()
  const hint = htmlHint(html)
  return {
    kind: 'html',
    ...(title ? { title } : {}),
    ...(hint ? { hint } : {}),
  }
}

/** Well-known framework error pages, named so the fix can be specific. */
export function htmlHint(html: string): string | undefined {
  if (/CSRF/.test(html)) return 'django-csrf'
  if (/Cannot (POST|GET) \//.test(html)) return 'express-no-route'
  if (/Traceback|Django Version/.test(html)) return 'django-debug-page'
  return undefined
}
