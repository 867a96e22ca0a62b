/** Which attempt the request, response and signature sections show (WeChat retries up to 3 times). */
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Attempt } from '../../../../shared/model/exchange'

export function AttemptTabs(props: {
  attempts: readonly Attempt[]
  chosen: number
  onChoose: (index: number) => void
  /** Verification: the second request is the forged-signature probe. */
  probe: boolean
}) {
  const { t } = useTranslation('inspector')
  const indexes = props.attempts.map((a) => a.index)
  // Arrow keys move between tabs, as in every tab strip (WAI-ARIA tabs pattern).
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (step === 0) return
    event.preventDefault()
    const at = indexes.indexOf(props.chosen)
    const next = indexes[(at + step + indexes.length) % indexes.length]
    if (next !== undefined) {
      props.onChoose(next)
      document.getElementById(`x-attempt-tab-${next}`)?.focus()
    }
  }
  return (
    <div className="x-tabs" role="tablist" aria-label={t('timeline.choose')} onKeyDown={onKeyDown}>
      <span className="x-tabs__label">{t('timeline.choose')}</span>
      {props.attempts.map((a) => {
        const on = a.index === props.chosen
        return (
          <button
            key={a.index}
            id={`x-attempt-tab-${a.index}`}
            type="button"
            role="tab"
            tabIndex={on ? 0 : -1}
            aria-selected={on}
            className={`x-tab${on ? ' x-tab_on' : ''}`}
            data-testid={`inspector-attempt-tab-${a.index}`}
            onClick={() => props.onChoose(a.index)}
          >
            {props.probe && a.index === 2
              ? t('timeline.probeName')
              : t('timeline.attempt', { n: a.index })}
          </button>
        )
      })}
    </div>
  )
}
