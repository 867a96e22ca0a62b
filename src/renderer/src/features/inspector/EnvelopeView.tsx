/** Compatible and safe mode, layer by layer: the push as it was encrypted and the reply's envelope. */
import { useTranslation } from 'react-i18next'
import type { EnvelopeReport } from '../../../../shared/model/verdict'
import { CodeView } from '../../components/monaco/CodeView'
import { KeyValues } from './Section'

export interface PushCrypto {
  readonly random: string
  readonly msgLen: number
  readonly receiveId: string
  readonly fullStrBytes: number
  readonly padValue: number
  readonly cipherBytes: number
}

export function EnvelopeView(props: {
  crypto: PushCrypto | undefined
  keyUsed: 'current' | 'previous' | undefined
  reply: EnvelopeReport | undefined
}) {
  const { t } = useTranslation('inspector')
  const { crypto, reply } = props
  return (
    <div data-testid="inspector-envelope">
      {crypto && (
        <>
          <h4 className="x-sub">{t('envelope.pushTitle')}</h4>
          <KeyValues
            rows={[
              [
                t('envelope.key'),
                props.keyUsed === 'previous' ? t('envelope.keyPrevious') : t('envelope.keyCurrent'),
              ],
              [t('envelope.random'), <code className="mono">{crypto.random}</code>],
              [t('envelope.msgLen'), crypto.msgLen],
              [t('envelope.receiveId'), <code className="mono">{crypto.receiveId}</code>],
              [
                t('envelope.pad'),
                `${crypto.fullStrBytes} + ${crypto.padValue} = ${crypto.fullStrBytes + crypto.padValue}`,
              ],
              [t('envelope.cipher'), crypto.cipherBytes],
            ]}
          />
        </>
      )}
      {reply && (
        <>
          <h4 className="x-sub">{t('envelope.replyTitle')}</h4>
          <KeyValues
            rows={[
              [
                t('envelope.expected'),
                <code className="mono">{reply.expectedSignature ?? '—'}</code>,
              ],
              [t('envelope.received'), <code className="mono">{reply.msgSignature ?? '—'}</code>],
              [
                t('envelope.key'),
                reply.keyUsed === 'previous'
                  ? t('envelope.keyPrevious')
                  : reply.keyUsed
                    ? t('envelope.keyCurrent')
                    : '—',
              ],
              [t('envelope.receiveId'), <code className="mono">{reply.receiveId ?? '—'}</code>],
              [t('envelope.pad'), reply.padValue ?? '—'],
            ]}
          />
          {reply.innerXml !== undefined && (
            <CodeView
              value={reply.innerXml}
              language="xml"
              testId="inspector-envelope-inner"
              ariaLabel={t('envelope.inner')}
            />
          )}
        </>
      )}
    </div>
  )
}
