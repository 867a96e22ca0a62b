/**
 * A signature as the engine computed it for the attempt shown (each retry has its own timestamp
 * and nonce): the values, sorted byte-wise, joined, SHA-1 — then that result against what the URL
 * carried (protocol.md §3, §8.4). The breakdown is the one recorded on the attempt, so the page never
 * re-implements the protocol's sort; the steps are the Crypto lab's, so both views teach alike.
 */
import { useTranslation } from 'react-i18next'
import type { SignatureBreakdown } from '../../../../shared/model/breakdowns'
import { SignatureSteps } from '../crypto-lab/SignatureSteps'
import { diffPieces } from './signature-diff'

export interface SignatureInput {
  /** As recorded on the attempt (token, timestamp, nonce[, Encrypt]). */
  readonly breakdown: SignatureBreakdown
  /** The value the request carried. */
  readonly sent: string | undefined
  readonly msg: boolean
  readonly wrongOnPurpose: boolean
}

const NAMES = ['token', 'timestamp', 'nonce', 'Encrypt'] as const

export function SignatureView(props: SignatureInput) {
  const { t } = useTranslation('inspector')
  const { breakdown } = props
  const digest = breakdown.sha1
  const match = digest === props.sent
  const testId = props.msg ? 'inspector-msg-signature' : 'inspector-signature'
  return (
    <div className="x-signature" data-testid={testId}>
      <h4 className="x-sub">{props.msg ? t('signature.msgTitle') : t('signature.title')}</h4>
      <SignatureSteps
        breakdown={breakdown}
        names={NAMES.slice(0, breakdown.parts.length)}
        testId={testId}
      />
      <dl className="kv kv_compact x-compare">
        <div className="kv__row">
          <dt>{t('signature.expected')}</dt>
          <dd className="mono wrap">{digest}</dd>
        </div>
        <div className="kv__row">
          <dt>{t('signature.sent')}</dt>
          <dd className="mono wrap" data-testid={`${testId}-sent`}>
            {props.sent === undefined
              ? '—'
              : diffPieces(digest, props.sent).map((piece, i) =>
                  piece.same ? piece.text : <mark key={i}>{piece.text}</mark>,
                )}
          </dd>
        </div>
      </dl>
      <p
        className={`x-verdict-line ${match ? 'x-verdict-line_ok' : 'x-verdict-line_bad'}`}
        data-testid={`${testId}-match`}
        data-match={match ? 'true' : 'false'}
      >
        {match ? t('signature.match') : t('signature.mismatch')}
        {!match && props.wrongOnPurpose && ` ${t('signature.wrongOverride')}`}
      </p>
    </div>
  )
}
