/**
 * How the push was encrypted (compatible and safe mode, protocol.md §8.2-8.4), layer by layer with the
 * Crypto lab's own step views: FullStr (which holds the message), 32-byte padding, AES, base64 — then what was
 * sent. msg_signature over that Encrypt is worked out in the signature section.
 */
import { useTranslation } from 'react-i18next'
import type { CryptoLayersDto } from '../../../../shared/control/lab-schemas'
import { CodeBlock } from '../../components/CodeBlock'
import { StepList } from '../../components/StepList'
import { FullStrLayout } from '../crypto-lab/FullStrLayout'
import { KeyNote } from '../crypto-lab/KeyNote'
import { PadStep } from '../crypto-lab/PadStep'

export function PushEnvelope(props: {
  layers: CryptoLayersDto
  keyUsed: 'current' | 'previous' | undefined
  mode: string | undefined
}) {
  const { t } = useTranslation('inspector')
  const { t: tc } = useTranslation()
  const { layers } = props
  const steps = [
    { key: 'fullstr', title: tc('lab.layers.fullStr'), body: <FullStrLayout layers={layers} /> },
    { key: 'pad', title: tc('lab.layers.pad'), body: <PadStep layers={layers} /> },
    {
      key: 'aes',
      title: tc('lab.layers.aes'),
      body: (
        <>
          <p>
            {t('envelope.key')}:{' '}
            <strong>
              {props.keyUsed === 'previous' ? t('envelope.keyPrevious') : t('envelope.keyCurrent')}
            </strong>
          </p>
          <p className="hint">{tc('lab.layers.aesText')}</p>
          <p>{tc('lab.layers.cipherBytes', { count: layers.cipherBytes })}</p>
        </>
      ),
    },
    {
      key: 'base64',
      title: tc('lab.layers.base64'),
      body: <CodeBlock value={layers.encrypt} testId="inspector-envelope-encrypt" emphasis />,
    },
    {
      key: 'sent',
      title: t('envelope.sent'),
      body: <p>{props.mode === 'safe' ? t('envelope.sentSafe') : t('envelope.sentCompatible')}</p>,
    },
  ]
  return (
    <div data-testid="inspector-envelope-push">
      <h4 className="x-sub">{t('envelope.pushTitle')}</h4>
      <KeyNote canonical={layers.keyCanonical} />
      <StepList steps={steps} />
    </div>
  )
}
