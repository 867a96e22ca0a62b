/**
 * The Load form's small parts: a labelled input with its unit, hint and problem (the problem is
 * tied to the input with aria-describedby and aria-invalid, so a screen reader reads it too).
 */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Problem } from './load-draft'

/** Field ids in the DOM: `load-field-<name>` (mix rows: `load-field-mix.<key>.type`). */
export const fieldId = (name: string) => `load-field-${name.replace(/\./g, '-')}`

export function ProblemText(props: { name: string; problem: Problem | undefined }) {
  const text = useProblemText()
  if (!props.problem) return null
  return (
    <p
      className="lt-problem"
      id={`${fieldId(props.name)}-problem`}
      data-testid={`load-problem-${props.name}`}
      data-code={props.problem.code}
    >
      {text(props.problem)}
    </p>
  )
}

export function useProblemText(): (problem: Problem) => string {
  const { t, i18n } = useTranslation('load')
  const n = (v: number) => new Intl.NumberFormat(i18n.language).format(v)
  return (problem) => {
    if (problem.code === 'range') {
      return t(problem.above ? 'problems.rangeAbove' : 'problems.range', {
        min: n(problem.min),
        max: n(problem.max),
      })
    }
    if (problem.code === 'tooLong') return t('problems.tooLong', { max: problem.max })
    return t(`problems.${problem.code}`)
  }
}

/** aria-describedby for a field: its problem first (read first), then its hint. */
export function describedBy(name: string, problem: Problem | undefined, hint: boolean) {
  const ids = [
    problem ? `${fieldId(name)}-problem` : undefined,
    hint ? `${fieldId(name)}-hint` : undefined,
  ].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

export function TextField(props: {
  name: string
  label: string
  value: string
  onChange: (value: string) => void
  problem: Problem | undefined
  unit?: string
  hint?: ReactNode
  optional?: string
  placeholder?: string
  numeric?: 'numeric' | 'decimal'
  mono?: boolean
  wide?: boolean
}) {
  const id = fieldId(props.name)
  return (
    <div className={`lt-field${props.wide ? ' lt-field_wide' : ''}`}>
      <label className="lt-label" htmlFor={id}>
        {props.label}
        {props.optional && <span className="lt-optional">{props.optional}</span>}
      </label>
      <div className="lt-input-row">
        <input
          id={id}
          className={`lt-input${props.mono ? ' mono' : ''}${props.numeric ? ' lt-input_num' : ''}`}
          type="text"
          inputMode={props.numeric}
          spellCheck={false}
          autoComplete="off"
          placeholder={props.placeholder}
          data-testid={`load-${props.name}`}
          value={props.value}
          aria-invalid={props.problem ? true : undefined}
          aria-describedby={describedBy(props.name, props.problem, Boolean(props.hint))}
          onChange={(e) => props.onChange(e.target.value)}
        />
        {props.unit && <span className="lt-unit">{props.unit}</span>}
      </div>
      <ProblemText name={props.name} problem={props.problem} />
      {props.hint && (
        <p className="lt-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  )
}
