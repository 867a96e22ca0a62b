/**
 * A control API call that failed as a request (the core refused the input, or did not answer),
 * in the user's language, with "Try again" when the caller can retry. The core's own message and
 * issues (English, for developers) sit under "Details". Distinct from a crypto failure, which is
 * a normal answer shown by CryptoErrorCard.
 */
import { useTranslation } from 'react-i18next'
import type { ControlClientError } from '../api/control-client'
import type { Messages } from '../i18n/en'

type Reason = keyof Messages['command']['reasons']

/** The codes worded in `command.reasons`; any other (a newer core's) reads as "other". */
const KNOWN: ReadonlySet<string> = new Set<Reason>([
  'network',
  'bad-response',
  'token-missing',
  'token-invalid',
  'host-forbidden',
  'origin-forbidden',
  'invalid-input',
  'payload-too-large',
  'unsupported-encoding',
  'unsupported-media-type',
  'not-found',
  'unsupported',
  'internal',
])

function reasonOf(code: string): Reason {
  return KNOWN.has(code) ? (code as Reason) : 'other'
}

/** Why a command failed, in the UI language ("mpsim did not answer. Is it still running?"). */
export function useRequestErrorReason(): (error: ControlClientError) => string {
  const { t } = useTranslation()
  return (error) => t(`command.reasons.${reasonOf(error.code)}`)
}

/** "Did not work: <why>", in the UI language, for a failed command shown in a line of text. */
export function useRequestErrorText(): (error: ControlClientError) => string {
  const { t } = useTranslation()
  const reason = useRequestErrorReason()
  return (error) => t('command.failed', { reason: reason(error) })
}

/**
 * The core's own words (English, for developers) with the fields it names; '' when the core did
 * not answer at all (the worded reason says everything then).
 */
export function coreDetail(error: ControlClientError): string {
  if (error.code === 'network') return ''
  // The core prefixes engine and catalogue messages with their code (`catalog-value-out-of-range:
  // …`): a code is for scripts, not for the person reading, and the field is named in the text.
  const message = error.message.replace(/^[a-z]+(?:-[a-z]+)+: /, '')
  const issues = error.issues
    .map((i) =>
      i.path && !i.message.startsWith(`${i.path}:`) ? `${i.path}: ${i.message}` : i.message,
    )
    .filter((text) => !message.includes(text))
  return issues.length > 0 ? `${message} (${issues.join('; ')})` : message
}

export function RequestError(props: {
  error: ControlClientError
  onRetry?: () => void
  testId?: string
}) {
  const { t } = useTranslation()
  const text = useRequestErrorText()
  const { error } = props
  return (
    <div
      className="alert alert_warn request-error"
      role="alert"
      data-testid={props.testId ?? 'request-error'}
      data-code={error.code}
    >
      <p className="request-error__text">
        <strong>{text(error)}</strong>
      </p>
      {props.onRetry && (
        <button
          type="button"
          className="weui-btn weui-btn_mini weui-btn_default request-error__retry"
          data-testid={`${props.testId ?? 'request-error'}-retry`}
          onClick={props.onRetry}
        >
          {t('command.retry')}
        </button>
      )}
      <details className="request-error__detail">
        <summary>{t('command.detail')}</summary>
        <p className="mono wrap">
          {t('lab.error.transport', {
            command: error.command,
            code: error.code,
            status: error.status,
          })}
          {' — '}
          {error.message}
        </p>
        {error.issues.length > 0 && (
          <ul className="alert__issues">
            {error.issues.map((issue, i) => (
              <li key={i} className="mono">
                {issue.path || '(input)'}: {issue.message}
              </li>
            ))}
          </ul>
        )}
      </details>
    </div>
  )
}
