/** What every tab shows around its list: the failure with "Try again", the loading line, or empty. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { RequestError } from '../../components/RequestError'
import type { ControlClientError } from '../../api/control-client'

export function ListFrame(props: {
  id: string
  output: unknown
  error: ControlClientError | undefined
  empty: boolean
  emptyText: string
  onRetry: () => void
  children: ReactNode
}) {
  const { t } = useTranslation('platformData')
  if (props.error && props.output === undefined) {
    return (
      <RequestError error={props.error} onRetry={props.onRetry} testId={`pd-${props.id}-error`} />
    )
  }
  if (props.output === undefined) {
    return (
      <p className="pd-muted" role="status">
        {t('loading')}
      </p>
    )
  }
  return (
    <>
      {props.error && (
        <RequestError error={props.error} onRetry={props.onRetry} testId={`pd-${props.id}-error`} />
      )}
      {props.empty ? (
        <p className="pd-empty" data-testid={`pd-${props.id}-empty`}>
          {props.emptyText}
        </p>
      ) : (
        props.children
      )}
    </>
  )
}
