/**
 * The message mix as rows: a catalogue type (named in words, grouped as the composer groups them)
 * and its weight, with each row's share of the whole; rows added and removed by button.
 */
import { useTranslation } from 'react-i18next'
import type { CatalogEntry, CatalogFamily } from '../../../../shared/model/catalog-types'
import { explainLang } from '../../i18n'
import { describedBy, fieldId, ProblemText } from './FormBits'
import { LIMITS, mixShares } from './load-draft'
import type { MixRow, Problems } from './load-draft'

const FAMILIES: readonly CatalogFamily[] = ['message', 'event', 'menu-event', 'notify-event']

export function MixRows(props: {
  rows: readonly MixRow[]
  catalog: readonly CatalogEntry[]
  problems: Problems
  onChange: (rows: readonly MixRow[]) => void
}) {
  const { t, i18n } = useTranslation('load')
  const { t: tc } = useTranslation('composer')
  const lang = explainLang(i18n.language)
  const { rows, onChange } = props
  const shares = mixShares(rows)
  const name = (typeId: string) => props.catalog.find((e) => e.id === typeId)?.label[lang] ?? typeId
  const edit = (key: number, change: Partial<MixRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)))
  const add = () => {
    const used = new Set(rows.map((r) => r.typeId))
    const next = props.catalog.find((e) => !used.has(e.id))?.id ?? 'text'
    const key = Math.max(0, ...rows.map((r) => r.key)) + 1
    onChange([...rows, { key, typeId: next, weight: '10' }])
  }
  return (
    <fieldset className="lt-mix" data-testid="load-mix">
      <legend className="lt-label">{t('form.mix')}</legend>
      <p className="lt-hint lt-hint_top" id="load-mix-hint">
        {t('form.mixHint')}
      </p>
      <div className="lt-mix__head" aria-hidden="true">
        <span>{t('form.mixType')}</span>
        <span>{t('form.mixWeight')}</span>
      </div>
      <ul className="lt-mix__rows">
        {rows.map((row, i) => {
          const typeName = `mix.${row.key}.type`
          const weightName = `mix.${row.key}.weight`
          return (
            <li key={row.key} className="lt-mix__row" data-testid="load-mix-row">
              <select
                id={fieldId(typeName)}
                className="lt-input lt-mix__type"
                data-testid="load-mix-type"
                aria-label={`${t('form.mixType')} ${i + 1}`}
                aria-invalid={props.problems[typeName] ? true : undefined}
                aria-describedby={describedBy(typeName, props.problems[typeName], false)}
                value={row.typeId}
                onChange={(e) => edit(row.key, { typeId: e.target.value })}
              >
                {FAMILIES.map((family) => (
                  <optgroup key={family} label={tc(`families.${family}`)}>
                    {props.catalog
                      .filter((e) => e.family === family)
                      .map((e) => (
                        <option key={e.id} value={e.id}>
                          {e.label[lang]}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
              <input
                id={fieldId(weightName)}
                className="lt-input lt-input_num lt-mix__weight"
                type="text"
                inputMode="decimal"
                autoComplete="off"
                data-testid="load-mix-weight"
                aria-label={`${t('form.mixWeight')} · ${name(row.typeId)}`}
                aria-invalid={props.problems[weightName] ? true : undefined}
                aria-describedby={describedBy(weightName, props.problems[weightName], false)}
                value={row.weight}
                onChange={(e) => edit(row.key, { weight: e.target.value })}
              />
              <span className="lt-mix__share" data-testid="load-mix-share">
                {t('form.mixShare', { share: Math.round(shares[i] ?? 0) })}
              </span>
              <button
                type="button"
                className="lt-icon-btn"
                data-testid="load-mix-remove"
                aria-label={t('form.mixRemove', { type: name(row.typeId) })}
                title={t('form.mixRemove', { type: name(row.typeId) })}
                disabled={rows.length === 1}
                onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              >
                ×
              </button>
              <div className="lt-mix__problems">
                <ProblemText name={typeName} problem={props.problems[typeName]} />
                <ProblemText name={weightName} problem={props.problems[weightName]} />
              </div>
            </li>
          )
        })}
      </ul>
      <ProblemText name="mix" problem={props.problems['mix']} />
      <button
        type="button"
        id={fieldId('mix-add')}
        className="lt-link"
        data-testid="load-mix-add"
        disabled={rows.length >= LIMITS.mix.max}
        onClick={add}
      >
        + {t('form.mixAdd')}
      </button>
    </fieldset>
  )
}
