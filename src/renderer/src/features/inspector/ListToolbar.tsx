/** Under the filters: "N of M", export of what is shown (JSON or NDJSON), other actions, clear. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export function ListToolbar(props: {
  shown: number
  total: number
  /** The search the list reflects (after the debounce), for tests and screen readers alike. */
  query: string
  onExport: (format: 'json' | 'ndjson') => void
  onClear: () => void
  /** More actions on what is listed (the Replay panel's "build a suite"). */
  children?: ReactNode
}) {
  const { t } = useTranslation('inspector')
  return (
    <div className="inspector__bar">
      <span
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
  )
}
