/**
 * Envelope section: encrypt a message layer by layer, or decrypt an Encrypt value. The result pane
 * shows whichever ran last; a crypto failure is an answer (ok: false) shown with its explanation.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Input } from '../../../../shared/control/contract'
import { Card } from '../../components/Card'
import { RequestError } from '../../components/RequestError'
import { useCommand } from '../../state/use-command'
import type { CommandState, NoAnswer } from '../../state/use-command'
import { CryptoErrorCard } from './CryptoErrorCard'
import { DecryptSteps } from './DecryptSteps'
import { EncryptSteps } from './EncryptSteps'
import { EnvelopeForm } from './EnvelopeForm'
import type { EnvelopeValues } from './EnvelopeForm'
import { DECRYPT_EXAMPLE, ENVELOPE_EXAMPLE } from './vectors'
import { Prose } from '../../components/Prose'

export function EnvelopeLab() {
  const { t } = useTranslation()
  const [values, setValues] = useState<EnvelopeValues>({
    ...ENVELOPE_EXAMPLE,
    cipher: DECRYPT_EXAMPLE,
  })
  const [last, setLast] = useState<'encrypt' | 'decrypt'>('encrypt')
  // The official reply example is encrypted on arrival, so every layer is on screen at once.
  const encrypt = useCommand('labEncrypt', { runOnMount: ENVELOPE_EXAMPLE })
  const decrypt = useCommand('labDecrypt')

  const runEncrypt = () => {
    setLast('encrypt')
    void encrypt.run(encryptInput(values))
  }
  const runDecrypt = (cipher = values.cipher) => {
    setLast('decrypt')
    void decrypt.run({
      encodingAesKey: values.encodingAesKey,
      appId: values.appId,
      encrypt: cipher,
    })
  }
  const decryptThis = (cipher: string) => {
    setValues((v) => ({ ...v, cipher }))
    runDecrypt(cipher)
  }

  return (
    <Card
      title={t('lab.env.title')}
      description={<Prose text={t('lab.env.desc')} />}
      testId="lab-envelope"
    >
      <div className="lab-grid">
        <EnvelopeForm
          values={values}
          onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
          onEncrypt={runEncrypt}
          onDecrypt={() => runDecrypt()}
        />
        <div
          className="lab-result"
          aria-live="polite"
          data-testid="lab-envelope-result"
          data-kind={last}
        >
          <h3 className="lab-result__title">
            {last === 'encrypt' ? t('lab.env.resultEncrypt') : t('lab.env.resultDecrypt')}
          </h3>
          {last === 'encrypt' ? (
            <EncryptResult state={encrypt.state} onDecrypt={decryptThis} />
          ) : (
            <DecryptResult state={decrypt.state} />
          )}
        </div>
      </div>
    </Card>
  )
}

/** An empty random prefix means "draw one" (the core does, with its injectable Random). */
function encryptInput(values: EnvelopeValues): Input<'labEncrypt'> {
  return {
    encodingAesKey: values.encodingAesKey,
    appId: values.appId,
    message: values.message,
    random: values.random === '' ? undefined : values.random,
    token: values.token,
    timestamp: values.timestamp,
    nonce: values.nonce,
  }
}

function EncryptResult(props: {
  state: CommandState<'labEncrypt'>
  onDecrypt: (encrypt: string) => void
}) {
  const { state } = props
  if (state.status !== 'done') return <NoAnswerYet state={state} />
  if (!state.output.ok) return <CryptoErrorCard error={state.output.error} />
  return <EncryptSteps result={state.output} onDecrypt={props.onDecrypt} />
}

function DecryptResult(props: { state: CommandState<'labDecrypt'> }) {
  const { state } = props
  if (state.status !== 'done') return <NoAnswerYet state={state} />
  if (!state.output.ok) return <CryptoErrorCard error={state.output.error} />
  return <DecryptSteps layers={state.output.decrypted} />
}

function NoAnswerYet(props: { state: NoAnswer }) {
  const { t } = useTranslation()
  const { state } = props
  if (state.status === 'failed') return <RequestError error={state.error} />
  return (
    <p className="lab-pending">
      {state.status === 'pending' ? t('common.working') : t('lab.env.empty')}
    </p>
  )
}
