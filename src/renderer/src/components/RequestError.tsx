/**
 * A control API call that failed as a request (the core refused the input, or did not answer).
 * Distinct from a crypto failure, which is a normal answer shown by CryptoErrorCard.
 */
import { useTranslation } from 'react-i18next'
import type { ControlClientError } from '../api/control-client'

export function RequestError(props: { error: ControlClientError }) {
  const { t } = useTranslation()
  const { error } = props
  return (
    <div
      className="alert alert_warn"
      role="alert"
      data-testid="request-error"
      data-code={error.code}
    >
      <strong>
        {t('lab.error.transport', {
          command: error.command,
          code: error.code,
          status: error.status,
        })}
      </strong>
      <p className="mono wrap">{error.message}</p>
      {error.issues.length > 0 && (
        <ul className="alert__issues">
          {error.issues.map((issue, i) => (
            <li key={i} className="mono">
              {issue.path || '(input)'}: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
