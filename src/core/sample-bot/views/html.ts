/**
 * HTML built from templates where every interpolated value is escaped unless it is already
 * SafeHtml. Nicknames, openids and error messages come from outside (a nickname can be
 * `<script>…`), so "escape by default" is the only rule that survives the next edit.
 */
export class SafeHtml {
  readonly value: string
  constructor(value: string) {
    this.value = value
  }
  toString(): string {
    return this.value
  }
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

export type HtmlValue = string | number | SafeHtml | readonly SafeHtml[] | undefined

/**
 * @example html`<p>${nickname}</p>` // nickname is escaped
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? ''
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '')
  })
  return new SafeHtml(out)
}

function render(value: HtmlValue): string {
  if (value === undefined) return ''
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map((v: SafeHtml) => v.value).join('')
  return escapeHtml(String(value))
}

/**
 * The URL if it is http(s), else undefined. Escaping stops a value from leaving its attribute,
 * but `javascript:` inside an href is still a script; only web URLs are let through.
 */
export function webUrl(value: string): string | undefined {
  if (!URL.canParse(value)) return undefined
  const url = new URL(value)
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
}
