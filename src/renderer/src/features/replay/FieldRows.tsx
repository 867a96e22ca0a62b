/**
 * A step's reply-field assertions as rows: element, how (equals, matches a regex, contains) and
 * value. Rows are kept here while typed: a row whose element is still empty is not in the file
 * yet, but must not vanish from the form.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StepExpect, TextMatch } from '../../../../shared/model/suite'
import { fieldRows, fieldsOf } from './suite-draft'
import type { FieldRow, How } from './suite-draft'

const HOWS: readonly How[] = ['equals', 'matches', 'contains']

export function FieldRows(props: {
  expect: StepExpect | undefined
  onChange: (fields: Record<string, TextMatch> | undefined) => void
}) {
  const { t } = useTranslation('replay')
  const [rows, setRowsState] = useState<readonly FieldRow[]>(() => fieldRows(props.expect))
  const setRows = (next: readonly FieldRow[]) => {
    setRowsState(next)
    props.onChange(fieldsOf(next))
  }
  const setRow = (i: number, patch: Partial<FieldRow>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))
  return (
    <div className="replay-fields" role="group" aria-label={t('editor.fields')}>
      <span className="replay-step__label">{t('editor.fields')}</span>
      {rows.map((row, i) => (
        <div className="replay-fields__row" key={i} data-testid="replay-field">
          <input
            className="replay-input mono"
            aria-label={t('editor.field')}
            data-testid="replay-field-element"
            placeholder={t('editor.fieldPlaceholder')}
            value={row.element}
            onChange={(e) => setRow(i, { element: e.target.value })}
          />
          <select
            className="replay-input"
            aria-label={t('editor.how')}
            data-testid="replay-field-how"
            value={row.how}
            onChange={(e) => setRow(i, { how: e.target.value as How })}
          >
            {HOWS.map((h) => (
              <option key={h} value={h}>
                {t(`editor.hows.${h}`)}
              </option>
            ))}
          </select>
          <input
            className="replay-input mono"
            aria-label={t('editor.value')}
            data-testid="replay-field-value"
            value={row.value}
            onChange={(e) => setRow(i, { value: e.target.value })}
          />
          <button
            type="button"
            className="x-link x-link_danger"
            data-testid="replay-field-remove"
            onClick={() => setRows(rows.filter((_, j) => j !== i))}
          >
            {t('editor.removeField')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="x-link"
        data-testid="replay-field-add"
        onClick={() =>
          setRows([
            ...rows,
            { element: rows.length === 0 ? 'Content' : '', how: 'equals', value: '' },
          ])
        }
      >
        {t('editor.addField')}
      </button>
    </div>
  )
}
