/**
 * Export the walk shown as a Markdown or HTML report (walk-report.ts), in the user's language,
 * downloaded like the inspector's exports.
 */
import { useTranslation } from 'react-i18next'
import { errcodeText } from '../../../../shared/explain/wechat-errcodes'
import { oauthFindingText } from '../../../../shared/explain/oauth-findings'
import { isPageNoteCode, PAGE_NOTE_TEXT } from '../../../../shared/explain/page-notes'
import type { Exchange } from '../../../../shared/model/exchange'
import { explainLang } from '../../i18n'
import { downloadText } from '../inspector/download'
import { authorOf, requestUrl } from './ExchangeItem'
import type { Author } from './ExchangeItem'
import type { MistakeRun } from './use-mistakes'
import type { StepNumber } from './step-status'
import { stepStatus } from './step-status'
import type { Stepper } from './use-stepper'
import { reportHtml, reportMarkdown } from './walk-report'
import type { ReportRequest, ReportStep, WalkReport } from './walk-report'
import type { WalkView } from './walk-model'
import { AUTHORIZE_PATH, errcodeOf, readUrl } from './walk-model'

const AUTHOR_KEY: Readonly<
  Record<Author, 'exchange.byPhone' | 'exchange.byBot' | 'exchange.byYou' | 'exchange.byMock'>
> = {
  phone: 'exchange.byPhone',
  bot: 'exchange.byBot',
  you: 'exchange.byYou',
  mock: 'exchange.byMock',
}

const STEP_KEYS = { 1: 's1', 2: 's2', 3: 's3', 4: 's4', 5: 's5' } as const

function stepExchanges(walk: WalkView, n: StepNumber): Exchange[] {
  switch (n) {
    case 1: {
      const builder = walk.pages.find(
        (p) =>
          p.analysis.redirectTo !== undefined &&
          readUrl(p.analysis.redirectTo)?.pathname === AUTHORIZE_PATH,
      )
      return [builder, walk.authorizeHop, walk.authorizeRecord].filter(
        (e): e is NonNullable<typeof e> => e !== undefined,
      )
    }
    case 2:
      return [walk.consentHop, walk.consentRecord, ...walk.callbacks].filter(
        (e): e is NonNullable<typeof e> => e !== undefined,
      )
    case 3:
      return [...walk.tokenCalls]
    case 4:
      return [...walk.refreshCalls]
    case 5:
      return [...walk.userinfoCalls]
  }
}

export function ExportBar(props: { stepper: Stepper; run: MistakeRun | undefined }) {
  const { t, i18n } = useTranslation('oauth')
  const { walk, account } = props.stepper
  const lang = explainLang(i18n.language)

  const request = (e: Exchange): ReportRequest => {
    const attempt = e.attempts.at(-1)
    const status = attempt?.response?.status
    const errcode = e.kind === 'api' ? errcodeOf(e) : undefined
    const meaning = errcode === undefined ? undefined : errcodeText(errcode, lang)?.meaning
    const redirect = e.kind === 'page' ? e.analysis.redirectTo : undefined
    const notes = e.kind === 'page' ? (e.analysis.notes ?? []).filter(isPageNoteCode) : []
    return {
      who: t(AUTHOR_KEY[authorOf(e)]),
      method: attempt?.request.method ?? 'GET',
      url: requestUrl(e),
      status: status === undefined ? t('exchange.noAnswer') : t('exchange.status', { status }),
      ...(errcode !== undefined
        ? { answer: `errcode ${errcode}${meaning ? ` — ${meaning}` : ''}` }
        : redirect
          ? { answer: t('exchange.redirect', { url: redirect }) }
          : {}),
      notes: notes.map((n) => PAGE_NOTE_TEXT[n][lang]),
    }
  }

  const report = (w: WalkView): WalkReport => {
    const steps: ReportStep[] = ([1, 2, 3, 4, 5] as const).map((n) => {
      const key = STEP_KEYS[n]
      const lines: string[] = []
      if (n === 1 && w.authorizeUrl) lines.push(`${t('step.s1.urlLabel')}: ${w.authorizeUrl}`)
      if (n === 1) {
        for (const f of w.findings) lines.push(oauthFindingText(f.code)?.[lang].title ?? f.code)
      }
      if (n === 2 && w.code) lines.push(`code: ${w.code}`)
      if (n === 2 && w.refused) lines.push(t('step.s2.refused'))
      return {
        n,
        title: t(`step.${key}.title`),
        status: t(`status.${stepStatus(w, n)}`),
        what: t(`step.${key}.what`),
        lines,
        requests: stepExchanges(w, n).map(request),
      }
    })
    const run = props.run
    const mistake =
      run?.state === 'done' && run.outcome.walkId === w.walkId
        ? {
            heading: t('export.mistake'),
            title: t(`mistakes.items.${run.id}.title`),
            lines: [
              t(`mistakes.items.${run.id}.explain`),
              `${t('mistakes.fixTitle')}: ${t(`mistakes.items.${run.id}.fix`)}`,
            ],
          }
        : undefined
    return {
      title: t('export.reportTitle', { id: w.walkId }),
      generated: t('export.generated', { time: new Date().toLocaleString(i18n.language) }),
      meta: [
        [t('export.account'), `${account?.name ?? ''} ${account?.appId ?? ''}`.trim()],
        [t('export.user'), w.pages[0]?.openid ?? ''],
        [t('export.start'), w.startUrl],
      ],
      steps,
      requestLabel: t('export.request'),
      statusLabel: t('export.status'),
      ...(mistake ? { mistake } : {}),
    }
  }

  const save = (format: 'md' | 'html') => {
    if (!walk) return
    const r = report(walk)
    const name = `mpsim-oauth-walk-${walk.walkId.replace(/[^A-Za-z0-9_-]/g, '_')}.${format}`
    if (format === 'md') downloadText(name, 'text/markdown', reportMarkdown(r))
    else downloadText(name, 'text/html', reportHtml(r, i18n.language))
  }

  return (
    <section
      className="oauth-export"
      data-testid="oauth-export"
      aria-labelledby="oauth-export-title"
    >
      <h2 className="oauth-export__title" id="oauth-export-title">
        {t('export.title')}
      </h2>
      <p className="hint">{walk ? t('export.hint') : t('export.nothing')}</p>
      <div className="oauth-export__buttons">
        <button
          type="button"
          className="weui-btn weui-btn_mini weui-btn_default"
          data-testid="oauth-export-markdown"
          disabled={!walk}
          onClick={() => save('md')}
        >
          {t('export.markdown')}
        </button>
        <button
          type="button"
          className="weui-btn weui-btn_mini weui-btn_default"
          data-testid="oauth-export-html"
          disabled={!walk}
          onClick={() => save('html')}
        >
          {t('export.html')}
        </button>
      </div>
    </section>
  )
}
