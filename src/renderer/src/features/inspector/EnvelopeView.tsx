/** Compatible and safe mode: the push as it was encrypted, then the reply's envelope as checked. */
import type { CryptoLayersDto } from '../../../../shared/control/lab-schemas'
import type { EnvelopeReport } from '../../../../shared/model/verdict'
import { PushEnvelope } from './PushEnvelope'
import { ReplyEnvelope } from './ReplyEnvelope'

export function EnvelopeView(props: {
  crypto: CryptoLayersDto | undefined
  keyUsed: 'current' | 'previous' | undefined
  mode: string | undefined
  reply: EnvelopeReport | undefined
  appId: string | undefined
}) {
  return (
    <div data-testid="inspector-envelope">
      {props.crypto && (
        <PushEnvelope layers={props.crypto} keyUsed={props.keyUsed} mode={props.mode} />
      )}
      {props.reply && <ReplyEnvelope report={props.reply} appId={props.appId} />}
    </div>
  )
}
