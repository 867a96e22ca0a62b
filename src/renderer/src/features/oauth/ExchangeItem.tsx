/**
 * One recorded request of the walk: who made it (the phone, the bot's server, you playing the
 * bot), what it asked and what it got, each parameter and answer field explained, the errcode's
 * meaning, the phone browser's notes — and the way into the inspector for the headers and bodies.
 */
import { useTranslation } from 'react-i18next'
import { isPageNoteCode, PAGE_NOTE_TEXT } from '../../../../shared/explain/page-notes'
import type { Exchange } from '../../../../shared/model/exchange'
import { explainLang } from '../../i18n'
import { useNavigation } from '../../state/navigation'
import { ErrcodeNote } from './Explained'
import { fieldRows, ParamList, queryRows } from './ParamList'
import { answerJson, errcodeOf } from './walk-model'

/** The header callPlatform labels its requests with (oauth-stepper-call.ts). */
const STEPPER_HEADER = 'x-mpsim-stepper-call'

export type Author = 'phone' | 'bot' | 'you' | 'mock'

export function authorOf(exchange: Exchange): Author {
  if (exchange.kind === 'page') return 'phone'
  if (exchange.kind === 'oauth') return 'mock'
  const headers = exchange.attempts[0]?.request.headers ?? []
  return headers.some(([name]) => name.toLowerCase() === STEPPER_HEADER) ? 'you' : 'bot'
}

const AUTHOR_KEY = {
  phone: 'exchange.byPhone',
  bot: 'exchange.byBot',
  you: 'exchange.byYou',
  mock: 'exchange.byMock',
} as const

/** What the request named: the real address for a page, the path and query otherwise. */
export function requestUrl(exchange: Exchange): string {
  if (exchange.kind === 'page') return exchange.analysis.url
  return exchange.attempts[0]?.request.url ?? exchange.title
}

export function ExchangeItem(props: { exchange: Exchange; open?: boolean; testId?: string }) {
  const { t, i18n } = useTranslation('oauth')
  const { inspect } = useNavigation()
  const { exchange } = props
  const attempt = exchange.attempts.at(-1)
  const status = attempt?.response?.status
  const errcode = exchange.kind === 'api' ? errcodeOf(exchange) : undefined
  const author = authorOf(exchange)
  const url = requestUrl(exchange)
  const json = exchange.kind === 'api' ? answerJson(exchange) : undefined
  const redirect = exchange.kind === 'page' ? exchange.analysis.redirectTo : undefined
  const notes = exchange.kind === 'page' ? (exchange.analysis.notes ?? []) : []
  const lang = explainLang(i18n.language)
  const failed = (errcode !== undefined && errcode !== 0) || attempt?.error !== undefined
  return (
    <details
      className={`oauth-exchange${failed ? ' oauth-exchange_failed' : ''}`}
      open={props.open ?? failed}
      data-testid={props.testId ?? 'oauth-exchange'}
      data-exchange-id={exchange.id}
      data-kind={exchange.kind}
      data-author={author}
      {...(errcode === undefined ? {} : { 'data-errcode': errcode })}
    >
      <summary className="oauth-exchange__line">
        <span className="oauth-exchange__who">{t(AUTHOR_KEY[author])}</span>
        <span className="oauth-exchange__method mono">{attempt?.request.method ?? 'GET'}</span>
        <span className="oauth-exchange__url mono" title={url}>
          {url}
        </span>
        <span className="oauth-exchange__status">
          {status === undefined ? t('exchange.noAnswer') : t('exchange.status', { status })}
          {errcode !== undefined &&
            ` · ${errcode === 0 ? t('exchange.ok') : t('exchange.errcode', { errcode })}`}
        </span>
      </summary>
      <div className="oauth-exchange__bd">
        <ParamList rows={queryRows(url)} testId="oauth-exchange-params" />
        {redirect && (
          <p className="oauth-exchange__redirect mono wrap">
            → {t('exchange.redirect', { url: redirect })}
          </p>
        )}
        {json && (
          <>
            <p className="oauth-exchange__label">{t('exchange.fields')}</p>
            <ParamList rows={fieldRows(json)} testId="oauth-exchange-answer" />
          </>
        )}
        {errcode !== undefined && errcode !== 0 && (
          <ErrcodeNote
            errcode={errcode}
            {...(typeof json?.['errmsg'] === 'string' ? { errmsg: json['errmsg'] } : {})}
          />
        )}
        {attempt?.error && <p className="hint">{attempt.error.message}</p>}
        {notes.map((code) => (
          // A note this version has no words for is still shown, by its code.
          <p
            className="note oauth-page-note"
            key={code}
            data-testid="oauth-page-note"
            data-note={code}
          >
            {isPageNoteCode(code) ? PAGE_NOTE_TEXT[code][lang] : code}
          </p>
        ))}
        <button
          type="button"
          className="weui-btn weui-btn_mini weui-btn_default"
          data-testid="oauth-exchange-inspect"
          title={t('exchange.inspectHint')}
          onClick={() => inspect(exchange.id)}
        >
          {t('exchange.inspect')}
        </button>
      </div>
    </details>
  )
}
