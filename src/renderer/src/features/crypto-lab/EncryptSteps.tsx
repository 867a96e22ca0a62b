/**
 * An encryption worked out layer by layer (protocol.md §8.2-8.4): FullStr, 32-byte PKCS#7 padding,
 * AES-256-CBC, base64, msg_signature, the safe-mode body, and the way back.
 */
import { useTranslation } from 'react-i18next'
import type { Output } from '../../../../shared/control/contract'
import { CodeBlock } from '../../components/CodeBlock'
import { StepList } from '../../components/StepList'
import { FullStrLayout } from './FullStrLayout'
import { hexByte } from './format'
import { KeyNote } from './KeyNote'
import { PadStep } from './PadStep'
import { SignatureSteps } from './SignatureSteps'

type EncryptSuccess = Extract<Output<'labEncrypt'>, { ok: true }>

export function EncryptSteps(props: {
  result: EncryptSuccess
  onDecrypt: (encrypt: string) => void
}) {
  const { t } = useTranslation()
  const { encrypted, msgSignature, safeBody, decrypted } = props.result
  const steps = [
    { key: 'fullstr', title: t('lab.layers.fullStr'), body: <FullStrLayout layers={encrypted} /> },
    { key: 'pad', title: t('lab.layers.pad'), body: <PadStep layers={encrypted} /> },
    {
      key: 'aes',
      title: t('lab.layers.aes'),
      body: (
        <>
          <p>{t('lab.layers.aesText')}</p>
          <p data-testid="lab-cipher-bytes">
            {t('lab.layers.cipherBytes', { count: encrypted.cipherBytes })}
          </p>
        </>
      ),
    },
    {
      key: 'base64',
      title: t('lab.layers.base64'),
      body: <CodeBlock value={encrypted.encrypt} testId="lab-encrypt-output" emphasis />,
    },
    {
      key: 'msg-signature',
      title: t('lab.layers.msgSignature'),
      body: (
        <SignatureSteps
          breakdown={msgSignature}
          names={['Token', 'timestamp', 'nonce', 'Encrypt']}
          testId="lab-envelope-msg-signature"
          compact
        />
      ),
    },
    {
      key: 'safe-body',
      title: t('lab.layers.safeBody'),
      body: (
        <>
          <CodeBlock value={safeBody} testId="lab-safe-body" multiline />
          <p className="hint">{t('lab.layers.safeBodyNote')}</p>
        </>
      ),
    },
    {
      key: 'way-back',
      title: t('lab.layers.wayBack'),
      body: (
        <>
          <p>{t('lab.layers.wayBackText')}</p>
          <CodeBlock value={decrypted.message} testId="lab-decrypted-message" multiline />
          <p className="hint">
            AppID <span className="mono">{decrypted.receiveId}</span> · pad 0x
            {hexByte(decrypted.padValue)}
          </p>
          <button
            type="button"
            className="weui-btn weui-btn_default weui-btn_mini"
            data-testid="lab-decrypt-output"
            onClick={() => props.onDecrypt(encrypted.encrypt)}
          >
            {t('lab.env.useOutput')}
          </button>
        </>
      ),
    },
  ]
  return (
    <>
      <KeyNote canonical={encrypted.keyCanonical} />
      <StepList steps={steps} testId="lab-encrypt-steps" />
    </>
  )
}
