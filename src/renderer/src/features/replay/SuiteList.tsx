/** The workspace's suites (suites/ folder): pick one to edit and run it. */
import { useTranslation } from 'react-i18next'
import type { SuiteList as Listed } from './replay-client'

export function SuiteList(props: {
  list: Listed | undefined
  failed: string | undefined
  current: string | undefined
  onOpen: (file: string) => void
  onRefresh: () => void
}) {
  const { t } = useTranslation('replay')
  const suites = props.list?.suites ?? []
  return (
    <section className="replay-card" data-testid="replay-suites" aria-labelledby="replay-suites-t">
      <div className="replay-card__head">
        <h2 className="replay-card__title" id="replay-suites-t">
          {t('suites.title')}
        </h2>
        <button
          type="button"
          className="x-link"
          data-testid="replay-suites-refresh"
          onClick={props.onRefresh}
        >
          {t('suites.refresh')}
        </button>
      </div>
      <p className="hint">{t('suites.hint')}</p>
      {props.failed && (
        <p className="replay-notice replay-notice_bad" role="alert">
          {props.failed}
        </p>
      )}
      {props.list && suites.length === 0 && (
        <p className="hint" data-testid="replay-suites-empty">
          {t('suites.empty')}
        </p>
      )}
      {suites.length > 0 && (
        <ul className="replay-suites">
          {suites.map((s) => (
            <li key={s.file}>
              <button
                type="button"
                className={`replay-suite${s.file === props.current ? ' replay-suite_on' : ''}`}
                data-testid="replay-suite"
                data-file={s.file}
                aria-current={s.file === props.current ? 'true' : undefined}
                onClick={() => props.onOpen(s.file)}
              >
                <span className="replay-suite__name">{s.name ?? s.file}</span>
                <span className="replay-suite__meta">
                  <span className="mono">{s.file}</span>
                  {s.steps !== undefined && <span>{t('suites.steps', { count: s.steps })}</span>}
                  {s.problems && s.problems.length > 0 && (
                    <span className="replay-suite__bad">{t('suites.invalid')}</span>
                  )}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
