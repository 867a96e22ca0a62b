/**
 * The workspace problems, one line each in the reader's language, error or warning marked by
 * icon, colour and a word for screen readers. With `details`, each line also lists what the file
 * broke, where the moved copy is and which users were re-attached. Used by the banner and Settings.
 */
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProblemLine } from './problem-lines'

export function ProblemList(props: {
  lines: readonly ProblemLine[]
  details: boolean
  /** Test id of each line. */
  testId: string
  /** Id of the list (a toggle's aria-controls). */
  id?: string
}) {
  const { t } = useTranslation('workspaceProblems')
  return (
    <ul className="wsp-list" id={props.id}>
      {props.lines.map((line) => (
        <li
          key={line.key}
          className={`wsp-item wsp-item_${line.severity}`}
          data-testid={props.testId}
          data-severity={line.severity}
        >
          <i className="weui-icon-warn wsp-item__icon" aria-hidden="true" />
          <div className="wsp-item__body">
            <p className="wsp-item__text" data-testid="workspace-problem-text">
              <span className="weui-hidden_abs">{t(`severity.${line.severity}`)}</span>
              {line.text}
            </p>
            {props.details && <ProblemDetails line={line} />}
          </div>
        </li>
      ))}
    </ul>
  )
}

function ProblemDetails(props: { line: ProblemLine }) {
  const { t, i18n } = useTranslation('workspaceProblems')
  const { line } = props
  const users = line.users !== undefined && line.users.names.length > 0 ? line.users : undefined
  if (line.movedCopy === undefined && line.issues.length === 0 && users === undefined) return null
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' })
  return (
    <dl className="wsp-details" data-testid="workspace-problem-details">
      {line.movedCopy !== undefined && (
        <div className="wsp-details__row">
          <dt>{t('movedCopy')}</dt>
          <dd>
            <PathText path={line.movedCopy} />
          </dd>
        </div>
      )}
      {line.issues.length > 0 && (
        <div className="wsp-details__row">
          <dt>{t('issues')}</dt>
          <dd>
            <ul className="wsp-details__issues">
              {line.issues.map((issue, i) => (
                <li key={i} className="mono wrap" data-testid="workspace-problem-issue">
                  {issue}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {users !== undefined && (
        <div className="wsp-details__row">
          <dt>{t('users')}</dt>
          <dd data-testid="workspace-problem-users">{names.format(users.names)}</dd>
        </div>
      )}
    </dl>
  )
}

/** A long path that may wrap after a '/', '-' or '.', rather than in the middle of a word. */
export function PathText(props: { path: string }) {
  const parts = props.path.split(/(?<=[/\\\-.])/)
  return (
    <code className="mono wsp-path">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </code>
  )
}
