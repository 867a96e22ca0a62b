/**
 * What the user's phone shows for a template message (docs/api-messaging.md "Templates"): the
 * template's content with each `{{key.DATA}}` replaced by `data.key.value`. Keys the template does
 * not name are ignored and placeholders the data lacks show blank, as WeChat does [doc: "模板消息
 * 接口" — the content/example pair of get_all_private_template]. Pure: no I/O, no clock.
 */

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\.DATA\s*\}\}/g

/** `data.key.value` as text; a non-object entry or a missing value reads as blank. */
function valueOf(data: Readonly<Record<string, unknown>>, key: string): string {
  const entry = data[key]
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return ''
  const value = (entry as Record<string, unknown>).value
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

/** The rendered lines, one per line of the content. */
export function renderTemplate(content: string, data: Readonly<Record<string, unknown>>): string[] {
  return content
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => line.replace(PLACEHOLDER, (_match, key: string) => valueOf(data, key)))
}

/** The keys a template's content names, in order (for explanations and tests). */
export function templateKeys(content: string): string[] {
  return [...content.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '')
}
