/** The envelope inputs: account key and AppID, the message, signing values, and a ciphertext. */
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Field } from '../../components/Field'

export interface EnvelopeValues {
  encodingAesKey: string
  appId: string
  message: string
  random: string
  token: string
  timestamp: string
  nonce: string
  /** The Encrypt value to decrypt. */
  cipher: string
}

interface Props {
  values: EnvelopeValues
  onChange: (key: keyof EnvelopeValues, value: string) => void
  onEncrypt: () => void
  onDecrypt: () => void
}

export function EnvelopeForm({ values, onChange, onEncrypt, onDecrypt }: Props) {
  const { t } = useTranslation()
  const bind = (key: keyof EnvelopeValues) => ({
    value: values[key],
    onChange: (value: string) => onChange(key, value),
  })
  const encrypt = (event: FormEvent) => {
    event.preventDefault()
    onEncrypt()
  }
  return (
    <form className="lab-form" onSubmit={encrypt} aria-label={t('lab.env.title')}>
      <div className="weui-cells__title">{t('lab.env.account')}</div>
      <div className="weui-cells weui-cells_form">
        <Field
          label={t('lab.env.aesKey')}
          {...bind('encodingAesKey')}
          testId="lab-aes-key"
          expectLength={43}
          multiline
          rows={2}
          mono
        />
        <Field label={t('lab.env.appId')} {...bind('appId')} testId="lab-appid" mono />
      </div>
      <div className="weui-cells__title">{t('lab.env.plaintext')}</div>
      <div className="weui-cells weui-cells_form">
        <Field
          label={t('lab.env.message')}
          {...bind('message')}
          testId="lab-message"
          multiline
          rows={4}
          mono
        />
        <Field
          label={t('lab.env.random')}
          {...bind('random')}
          testId="lab-random"
          hint={t('lab.env.randomHint')}
          expectLength={16}
          optional
          mono
        />
      </div>
      <div className="weui-cells__title">{t('lab.env.signing')}</div>
      <div className="weui-cells weui-cells_form">
        <Field label={t('lab.sig.token')} {...bind('token')} testId="lab-env-token" mono />
        <Field
          label={t('lab.sig.timestamp')}
          {...bind('timestamp')}
          testId="lab-env-timestamp"
          mono
        />
        <Field label={t('lab.sig.nonce')} {...bind('nonce')} testId="lab-env-nonce" mono />
      </div>
      <button
        type="submit"
        className="weui-btn weui-btn_primary lab-run"
        data-testid="lab-encrypt-run"
      >
        {t('lab.env.encryptRun')}
      </button>

      <div className="weui-cells__title">{t('lab.env.decryptGroup')}</div>
      <div className="weui-cells weui-cells_form">
        <Field
          label={t('lab.env.decryptInput')}
          {...bind('cipher')}
          testId="lab-decrypt-input"
          hint={t('lab.env.decryptHint')}
          multiline
          rows={5}
          mono
        />
      </div>
      <button
        type="button"
        className="weui-btn weui-btn_default lab-run"
        data-testid="lab-decrypt-run"
        onClick={onDecrypt}
      >
        {t('lab.env.decryptRun')}
      </button>
    </form>
  )
}
