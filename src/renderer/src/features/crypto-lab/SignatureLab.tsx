/**
 * Signature section: Token, timestamp, nonce (and optionally Encrypt and a received value) in,
 * signature and msg_signature worked out step by step, plus a match badge.
 */
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Card } from '../../components/Card'
import { Field } from '../../components/Field'
import { RequestError } from '../../components/RequestError'
import { useCommand } from '../../state/use-command'
import { SignatureSteps } from './SignatureSteps'
import { SortWhy } from './SortWhy'
import { SIGNATURE_EXAMPLE } from './vectors'
import { Prose } from '../../components/Prose'

export function SignatureLab() {
  const { t } = useTranslation()
  const [form, setForm] = useState({ ...SIGNATURE_EXAMPLE, encrypt: '', received: '' })
  // The official example is worked out on arrival; later runs are the user's.
  const { state, run } = useCommand('labSignature', { runOnMount: SIGNATURE_EXAMPLE })
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    // Empty optional fields are left out, so msg_signature / the comparison only appear on demand.
    void run({
      token: form.token,
      timestamp: form.timestamp,
      nonce: form.nonce,
      encrypt: form.encrypt === '' ? undefined : form.encrypt,
      received: form.received.trim() === '' ? undefined : form.received,
    })
  }

  const baseNames = ['Token', 'timestamp', 'nonce']
  return (
    <Card
      title={t('lab.sig.title')}
      description={<Prose text={t('lab.sig.desc')} />}
      testId="lab-signature"
    >
      <div className="lab-grid">
        <form className="lab-form" onSubmit={submit} aria-label={t('lab.sig.title')}>
          <div className="weui-cells weui-cells_form">
            <Field
              label={t('lab.sig.token')}
              value={form.token}
              onChange={set('token')}
              testId="lab-token"
              mono
            />
            <Field
              label={t('lab.sig.timestamp')}
              value={form.timestamp}
              onChange={set('timestamp')}
              testId="lab-timestamp"
              mono
            />
            <Field
              label={t('lab.sig.nonce')}
              value={form.nonce}
              onChange={set('nonce')}
              testId="lab-nonce"
              mono
            />
            <Field
              label={t('lab.sig.encrypt')}
              value={form.encrypt}
              onChange={set('encrypt')}
              testId="lab-encrypt-value"
              hint={t('lab.sig.encryptHint')}
              optional
              multiline
              mono
            />
            <Field
              label={t('lab.sig.received')}
              value={form.received}
              onChange={set('received')}
              testId="lab-received"
              hint={t('lab.sig.receivedHint')}
              optional
              mono
            />
          </div>
          <button
            type="submit"
            className="weui-btn weui-btn_primary lab-run"
            data-testid="lab-signature-run"
          >
            {t('lab.sig.run')}
          </button>
          <SortWhy />
        </form>
        <div className="lab-result" aria-live="polite" data-testid="lab-signature-result">
          {state.status === 'pending' && <p className="lab-pending">{t('common.working')}</p>}
          {state.status === 'failed' && <RequestError error={state.error} />}
          {state.status === 'done' && (
            <>
              {state.output.match && <MatchBadge {...state.output.match} />}
              <h3 className="lab-result__title">{t('lab.steps.signature')}</h3>
              <SignatureSteps
                breakdown={state.output.signature}
                names={baseNames}
                testId="lab-signature"
              />
              {state.output.msgSignature && (
                <>
                  <h3 className="lab-result__title">{t('lab.steps.msgSignature')}</h3>
                  <SignatureSteps
                    breakdown={state.output.msgSignature}
                    names={[...baseNames, 'Encrypt']}
                    testId="lab-msg-signature"
                  />
                </>
              )}
            </>
          )}
        </div>
      </div>
    </Card>
  )
}

function MatchBadge(props: { against: 'signature' | 'msg_signature'; ok: boolean }) {
  const { t } = useTranslation()
  return (
    <div
      className={props.ok ? 'match match_ok' : 'match match_bad'}
      data-testid="lab-signature-match"
      data-match={String(props.ok)}
      role="status"
    >
      <i className={props.ok ? 'weui-icon-success' : 'weui-icon-warn'} aria-hidden="true" />
      <strong>{props.ok ? t('lab.match.ok') : t('lab.match.bad')}</strong>
      <span>{t('lab.match.against', { against: props.against })}</span>
    </div>
  )
}
