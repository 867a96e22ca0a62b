/**
 * What an import skipped, grouped by reason: each reason worded once by the shared table
 * (src/shared/explain/capture-skips.ts, which the CLI reads too) — what it is, why, how to fix
 * it — then the files and entries it applies to, each with the parser's own detail.
 */
import { useTranslation } from 'react-i18next'
import type { CaptureSource, SkippedCapture } from '../../../../shared/model/capture'
import { CAPTURE_SKIP_TEXT } from '../../../../shared/explain/capture-skips'
import { explainLang } from '../../i18n'
import { skipGroups } from './skip-groups'
import './skips.css'

function sourceLabel(source: CaptureSource): string {
  return source.index === undefined ? source.name : `${source.name} #${source.index + 1}`
}

export function SkippedList(props: { skipped: readonly SkippedCapture[]; shown: number }) {
  const { t, i18n } = useTranslation('replay')
  const lang = explainLang(i18n.language)
  const groups = skipGroups(props.skipped, props.shown)
  return (
    <div className="replay-skips" data-testid="replay-skipped">
      {groups.map((group) => {
        const words = CAPTURE_SKIP_TEXT[group.reason][lang]
        return (
          <section
            key={group.reason}
            className="replay-skip"
            data-testid="replay-skip-group"
            data-reason={group.reason}
          >
            <h4 className="replay-skip__title">
              <i className="weui-icon-warn replay-list__icon" aria-hidden="true" />
              {words.title}
              <span className="replay-tag">{group.total}</span>
            </h4>
            <dl className="replay-skip__why">
              <dt>{t('import.why')}</dt>
              <dd data-testid="replay-skip-explanation">{words.explanation}</dd>
              <dt>{t('import.fix')}</dt>
              <dd data-testid="replay-skip-fix">{words.fix}</dd>
            </dl>
            <ul className="replay-list">
              {group.items.map((s, i) => (
                <li
                  key={`${sourceLabel(s.source)}-${i}`}
                  className="replay-list__item replay-list__item_skip"
                  data-testid="replay-skipped-item"
                  data-reason={s.reason}
                >
                  <span className="replay-list__name mono">{sourceLabel(s.source)}</span>
                  {s.detail && (
                    <details className="replay-details">
                      <summary>{t('import.details')}</summary>
                      <code className="mono">{s.detail}</code>
                    </details>
                  )}
                </li>
              ))}
            </ul>
            {group.total > group.items.length && (
              <p className="hint">
                {t('import.more', { count: group.total - group.items.length })}
              </p>
            )}
          </section>
        )
      })}
    </div>
  )
}
