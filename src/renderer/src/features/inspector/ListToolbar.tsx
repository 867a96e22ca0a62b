/**
 * Under the filters: "N of M" (and, while a search or filter is set, how the search of the whole
 * log goes), export of what is shown (JSON or NDJSON), other actions, clear.
 */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { WHOLE_LOG_LIMIT } from './use-whole-log-search'
import type { WholeLogSearch } from './use-whole-log-search'

export function ListToolbar(props: {
  shown: number
  total: number
  /** The search the list reflects (after the debounce), for tests and screen readers alike. */
  query: string
  /** The core's search of the whole log, and how many of the shown came only from it. */
  wholeLog: WholeLogSearch
  older: number
  onExport: (format: 'json' | 'ndjson') => void
  onClear: () => void
  /** More actions on what is listed (the Replay panel's "build a suite"). */
  children?: ReactNode
}) {
  const { t } = useTranslation('inspector')
  return (
    <>
      <div className="inspector__bar">
        <span
          className="inspector__count"
          data-testid="inspector-count"
          data-shown={props.shown}
          data-total={props.total}
          data-query={props.query}
        >
          {t('count', { shown: props.shown, total: props.total })}
        </span>
        <span className="inspector__bar-actions">
          <span className="x-export" role="group" aria-label={t('export')}>
            {t('export')}
            <button
              type="button"
              className="x-link"
              data-testid="inspector-export-list"
              title={t('exportHint')}
              onClick={() => props.onExport('json')}
            >
              {t('formatJson')}
            </button>
            <button
              type="button"
              className="x-link"
              data-testid="inspector-export-list-ndjson"
              title={t('exportHint')}
              onClick={() => props.onExport('ndjson')}
            >
              {t('formatNdjson')}
            </button>
          </span>
          {props.children}
          <button
            type="button"
            className="x-link x-link_danger"
            data-testid="inspector-clear"
            disabled={props.total === 0}
            onClick={props.onClear}
          >
            {t('clear')}
          </button>
        </span>
      </div>
      <WholeLogNote search={props.wholeLog} older={props.older} />
    </>
  )
}

/** A quiet line under the bar: searching, how many older matches the log added, or a failure. */
function WholeLogNote(props: { search: WholeLogSearch; older: number }) {
  const { t } = useTranslation('inspector')
  const { search } = props
  if (search.status === 'off') return null
  const text =
    search.status === 'searching'
      ? t('wholeLog.searching')
      : search.status === 'failed'
        ? t('wholeLog.failed')
        : props.older > 0
          ? t('wholeLog.older', { count: props.older })
          : t('wholeLog.none')
  return (
    <p
      className={`x-wholelog x-wholelog_${search.status}`}
      data-testid="inspector-wholelog"
      data-status={search.status}
      data-older={props.older}
      data-found={search.status === 'done' ? search.found : undefined}
      title={
        search.status === 'done' && search.capped
          ? t('wholeLog.capped', { limit: WHOLE_LOG_LIMIT })
          : undefined
      }
    >
      {text}
    </p>
  )
}
