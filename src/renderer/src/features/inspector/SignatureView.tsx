/**
 * A signature worked out again for the attempt shown (each retry has its own timestamp and nonce):
 * the values, sorted byte-wise, joined, SHA-1 — then expected against what the URL carried
 * (spec §3, §8.4). The steps are the Crypto lab's, so both views teach it the same way.
 */
import { useTranslation } from 'react-i18next'
import { SignatureSteps } from '../crypto-lab/SignatureSteps'
import { diffPieces } from './signature-diff'
import { sortParts, useSha1 } from './use-sha1'

export interface SignatureInput {
  /** token, timestamp, nonce[, Encrypt] as signed. */
  readonly parts: readonly string[]
  /** The value the request carried. */
  readonly sent: string | undefined
  readonly msg: boolean
  readonly wrongOnPurpose: boolean
}

const NAMES = ['token', 'timestamp', 'nonce', 'Encrypt'] as const

export function SignatureView(props: SignatureInput) {
  const { t } = useTranslation('inspector')
  const sorted = sortParts(props.parts)
  const joined = sorted.join('')
  const digest = useSha1(joined)
  const match = digest !== undefined && digest === props.sent
  const testId = props.msg ? 'inspector-msg-signature' : 'inspector-signature'
  return (
    <div className="x-signature" data-testid={testId}>
      <h4 className="x-sub">{props.msg ? t('signature.msgTitle') : t('signature.title')}</h4>
      <SignatureSteps
        breakdown={{ parts: props.parts, sorted, joined, sha1: digest ?? '…' }}
        names={NAMES.slice(0, props.parts.length)}
        testId={testId}
      />
      <dl className="kv kv_compact x-compare">
        <div className="kv__row">
          <dt>{t('signature.expected')}</dt>
          <dd className="mono wrap">{digest ?? '…'}</dd>
        </div>
        <div className="kv__row">
          <dt>{t('signature.sent')}</dt>
          <dd className="mono wrap" data-testid={`${testId}-sent`}>
            {props.sent === undefined
              ? '—'
              : diffPieces(digest ?? props.sent, props.sent).map((piece, i) =>
                  piece.same ? piece.text : <mark key={i}>{piece.text}</mark>,
                )}
          </dd>
        </div>
      </dl>
      <p
        className={`x-verdict-line ${match ? 'x-verdict-line_ok' : 'x-verdict-line_bad'}`}
        data-testid={`${testId}-match`}
        data-match={digest === undefined ? undefined : match ? 'true' : 'false'}
      >
        {digest === undefined ? '…' : match ? t('signature.match') : t('signature.mismatch')}
        {!match &&
          digest !== undefined &&
          props.wrongOnPurpose &&
          ` ${t('signature.wrongOverride')}`}
      </p>
    </div>
  )
}
