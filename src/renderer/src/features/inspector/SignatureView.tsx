/**
 * A signature worked out again for the attempt shown (each retry has its own timestamp and nonce):
 * the values, sorted byte-wise, joined, SHA-1 — compared with what the URL carried (spec §3, §8.4).
 */
import { useTranslation } from 'react-i18next'
import { sortParts, useSha1 } from './use-sha1'

export interface SignatureInput {
  /** token, timestamp, nonce[, Encrypt] as signed. */
  readonly parts: readonly string[]
  /** The value the request carried. */
  readonly sent: string | undefined
  readonly msg: boolean
  readonly wrongOnPurpose: boolean
}

export function SignatureView(props: SignatureInput) {
  const { t } = useTranslation('inspector')
  const sorted = sortParts(props.parts)
  const joined = sorted.join('')
  const digest = useSha1(joined)
  const match = digest !== undefined && digest === props.sent
  const short = (v: string) => (v.length > 48 ? `${v.slice(0, 22)}…${v.slice(-22)}` : v)
  return (
    <div
      className="x-signature"
      data-testid={props.msg ? 'inspector-msg-signature' : 'inspector-signature'}
    >
      <h4 className="x-sub">{props.msg ? t('signature.msgTitle') : t('signature.title')}</h4>
      <ol className="x-steps">
        <li>
          <span className="x-steps__label">{t('signature.parts')}</span>
          <code className="mono wrap">{props.parts.map(short).join('  ·  ')}</code>
        </li>
        <li>
          <span className="x-steps__label">{t('signature.sorted')}</span>
          <code
            className="mono wrap"
            data-testid="inspector-signature-sorted"
            data-value={JSON.stringify(sorted)}
          >
            {sorted.map(short).join('  <  ')}
          </code>
        </li>
        <li>
          <span className="x-steps__label">{t('signature.joined')}</span>
          <code className="mono wrap" data-testid="inspector-signature-joined" data-value={joined}>
            {short(joined)}
          </code>
        </li>
        <li>
          <span className="x-steps__label">{t('signature.digest')}</span>
          <code className="mono" data-testid="inspector-signature-digest">
            {digest ?? '…'}
          </code>
        </li>
        <li>
          <span className="x-steps__label">{t('signature.sent')}</span>
          <code className="mono">{props.sent ?? '—'}</code>
        </li>
      </ol>
      <p
        className={`key-note ${match ? 'key-note_ok' : 'key-note_bad'}`}
        data-testid="inspector-signature-match"
        data-match={digest === undefined ? undefined : match ? 'true' : 'false'}
      >
        {match ? t('signature.match') : t('signature.mismatch')}
        {!match && props.wrongOnPurpose && ` ${t('signature.wrongOverride')}`}
      </p>
    </div>
  )
}
