/**
 * A decryption worked out layer by layer, the encryption read backwards (protocol.md §8.3): base64,
 * AES-256-CBC, strip the 32-byte-block padding, split FullStr, check the AppID.
 */
import { useTranslation } from 'react-i18next'
import type { CryptoLayersDto } from '../../../../shared/control/lab-schemas'
import { CodeBlock } from '../../components/CodeBlock'
import { StepList } from '../../components/StepList'
import { FullStrLayout } from './FullStrLayout'
import { hexByte } from './format'
import { KeyNote } from './KeyNote'

export function DecryptSteps(props: { layers: CryptoLayersDto }) {
  const { t } = useTranslation()
  const { layers } = props
  const steps = [
    {
      key: 'base64',
      title: t('lab.decrypt.base64'),
      body: (
        <p data-testid="lab-cipher-bytes">
          {t('lab.decrypt.base64Text', { count: layers.cipherBytes })}
        </p>
      ),
    },
    { key: 'aes', title: t('lab.decrypt.aes'), body: <p>{t('lab.layers.aesText')}</p> },
    {
      key: 'unpad',
      title: t('lab.decrypt.unpad'),
      body: (
        <div data-testid="lab-pad" data-pad-value={layers.padValue}>
          <p>
            {t('lab.decrypt.unpadText', {
              count: layers.padValue,
              hex: hexByte(layers.padValue),
              left: layers.fullStrBytes,
            })}
          </p>
          <p className="hint">{t('lab.layers.padWhy')}</p>
          {!layers.padBytesUniform && (
            <p className="note note_warn" data-testid="lab-pad-nonuniform">
              {t('lab.layers.padNonUniform')}
            </p>
          )}
        </div>
      ),
    },
    { key: 'split', title: t('lab.decrypt.split'), body: <FullStrLayout layers={layers} /> },
    {
      key: 'message',
      title: t('lab.decrypt.message'),
      body: (
        <>
          <CodeBlock value={layers.message} testId="lab-decrypted-message" multiline emphasis />
          <p className="key-note key-note_ok">
            <i className="weui-icon-success-no-circle" aria-hidden="true" />
            {t('lab.decrypt.appIdOk')}
          </p>
        </>
      ),
    },
  ]
  return (
    <>
      <KeyNote canonical={layers.keyCanonical} />
      <StepList steps={steps} testId="lab-decrypt-steps" />
    </>
  )
}
