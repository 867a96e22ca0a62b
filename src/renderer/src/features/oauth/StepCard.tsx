/**
 * One of the five steps: its number and title with where it stands, then what happens, what WeChat
 * checks, and the step's own content (the requests, the forms). A <details> so a long walk can be
 * folded with the keyboard; open by default.
 */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { StepNumber, StepStatus } from './step-status'

export function StatusBadge(props: { status: StepStatus; testId?: string }) {
  const { t } = useTranslation('oauth')
  return (
    <span
      className={`oauth-badge oauth-badge_${props.status}`}
      data-testid={props.testId}
      data-status={props.status}
    >
      {t(`status.${props.status}`)}
    </span>
  )
}

export function StepCard(props: {
  n: StepNumber
  title: string
  status: StepStatus
  what: string
  checks: readonly string[]
  children: ReactNode
}) {
  const { t } = useTranslation('oauth')
  return (
    <details
      className={`oauth-step oauth-step_${props.status}`}
      open
      id={`oauth-step-${props.n}`}
      data-testid={`oauth-step-${props.n}`}
      data-status={props.status}
    >
      <summary className="oauth-step__hd">
        <span className="oauth-step__num" aria-hidden="true">
          {props.n}
        </span>
        <span className="oauth-step__title">
          <span className="oauth-sr">{t('step.n', { n: props.n })}: </span>
          {props.title}
        </span>
        <StatusBadge status={props.status} testId={`oauth-step-${props.n}-status`} />
      </summary>
      <div className="oauth-step__bd">
        <p className="oauth-step__what">{props.what}</p>
        <details className="oauth-step__checks">
          <summary>{t('step.checks')}</summary>
          <ul>
            {props.checks.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </details>
        {props.children}
      </div>
    </details>
  )
}
