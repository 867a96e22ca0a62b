/** One attempt, as it went over the wire: the request WeChat (or the bot) sent and what came back. */
import type { Attempt, ExchangeKind } from '../../../../shared/model/exchange'
import { RequestView } from './RequestView'
import { ResponseView } from './ResponseView'

export function AttemptView(props: {
  attempt: Attempt
  kind: ExchangeKind
  overriddenType?: string | undefined
}) {
  return (
    <>
      <RequestView
        request={props.attempt.request}
        attemptIndex={props.attempt.index}
        kind={props.kind}
        overriddenType={props.overriddenType}
      />
      <ResponseView attempt={props.attempt} />
    </>
  )
}
