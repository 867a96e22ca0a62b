/** Parameters (or answer fields) with what each means: name, value as sent, explanation. */
import { useTranslation } from 'react-i18next'
import type { oauthEn } from './i18n'

type ParamKey = keyof typeof oauthEn.param

function isParamKey(name: string): name is ParamKey {
  return /^[a-z_A-Z]+$/.test(name) && name !== 'other'
}

export function ParamList(props: {
  rows: readonly (readonly [string, string])[]
  testId?: string
}) {
  const { t } = useTranslation('oauth')
  if (props.rows.length === 0) return null
  return (
    <dl className="oauth-params" data-testid={props.testId}>
      {props.rows.map(([name, value], i) => {
        const meaning = isParamKey(name) ? t(`param.${name}`, { defaultValue: '' }) : ''
        return (
          <div className="oauth-params__row" key={`${name}-${i}`} data-param={name}>
            <dt className="mono">{name}</dt>
            <dd>
              <span className="oauth-params__value mono wrap">{value === '' ? '""' : value}</span>
              {meaning && <span className="oauth-params__meaning">{meaning}</span>}
            </dd>
          </div>
        )
      })}
    </dl>
  )
}

/** A URL's query as rows, in the order written (values decoded once, as WeChat reads them). */
export function queryRows(url: string): [string, string][] {
  const at = url.indexOf('?')
  if (at < 0) return []
  const end = url.indexOf('#', at)
  const query = url.slice(at + 1, end < 0 ? undefined : end)
  return query
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=')
      const name = eq < 0 ? pair : pair.slice(0, eq)
      const raw = eq < 0 ? '' : pair.slice(eq + 1)
      return [safeDecode(name), safeDecode(raw)]
    })
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** The answer's fields as rows (JSON values shown as JSON, strings as they are). */
export function fieldRows(json: Record<string, unknown> | undefined): [string, string][] {
  if (!json) return []
  return Object.entries(json).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])
}
