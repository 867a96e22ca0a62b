/**
 * A tiny HTML builder for the authorize pages: every interpolated value is escaped unless it is
 * already Html built here, so a nickname, an account name or a redirect_uri taken from the request
 * can never become markup. No template engine: the pages are small.
 */
import { escapeHtml } from '../../../shared/html-escape'

/** Markup that is safe to insert as is (built by `html` or `raw`). */
export class Html {
  readonly value: string
  constructor(value: string) {
    this.value = value
  }
  toString(): string {
    return this.value
  }
}

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[]

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof Html) return value.value
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('')
  return escapeHtml(String(value))
}

/**
 * @example html`<p title="${userText}">${userText}</p>` // both escaped
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? ''
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '')
  })
  return new Html(out)
}

/** Trusted constant markup (never request data). */
export function raw(markup: string): Html {
  return new Html(markup)
}
