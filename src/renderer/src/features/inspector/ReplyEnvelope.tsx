/**
 * How the bot's encrypted reply was checked (protocol.md §8.5), layer by layer: the envelope's own
 * TimeStamp and Nonce, msg_signature expected against received, which EncodingAESKey decrypted
 * it, padding and the AppID at the end, and the reply inside.
 */
import { useTranslation } from 'react-i18next'
import type { EnvelopeReport } from '../../../../shared/model/verdict'
import { StepList } from '../../components/StepList'
import { CodeView } from '../../components/monaco/CodeView'
import { KeyValues } from './Section'
import { diffPieces } from './signature-diff'

/** Encrypt runs to hundreds of characters: its ends are enough to see where it sorted. */
function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 16)}…${value.slice(-8)}` : value
}

export function ReplyEnvelope(props: { report: EnvelopeReport; appId: string | undefined }) {
  const { t } = useTranslation('inspector')
  const { report } = props
  const signed = report.expectedSignature !== undefined && report.msgSignature !== undefined
  const sigOk = signed && report.expectedSignature === report.msgSignature
  const idOk = report.receiveId !== undefined && report.receiveId === props.appId
  const mono = (v: string | number | undefined) => <code className="mono">{v ?? '—'}</code>
  const steps = [
    {
      key: 'fields',
      title: t('envelope.replyFields'),
      body: (
        <KeyValues
          rows={[
            ['TimeStamp', mono(report.timeStamp)],
            ['Nonce', mono(report.nonce)],
            ['MsgSignature', mono(report.msgSignature)],
          ]}
        />
      ),
    },
    {
      key: 'signature',
      title: t('envelope.replySignature'),
      body: (
        <>
          {report.sortedParts && (
            <p className="hint mono wrap">{report.sortedParts.map(shorten).join('  <  ')}</p>
          )}
          <KeyValues
            rows={[
              [t('envelope.expected'), mono(report.expectedSignature)],
              [
                t('envelope.received'),
                <code className="mono" data-testid="inspector-envelope-received">
                  {report.msgSignature === undefined
                    ? '—'
                    : diffPieces(report.expectedSignature ?? '', report.msgSignature).map((p, i) =>
                        p.same ? p.text : <mark key={i}>{p.text}</mark>,
                      )}
                </code>,
              ],
            ]}
          />
          <p className={`x-verdict-line x-verdict-line_${sigOk ? 'ok' : 'bad'}`}>
            {sigOk ? t('signature.match') : t('envelope.signatureBad')}
          </p>
        </>
      ),
    },
    {
      key: 'decrypt',
      title: t('envelope.replyDecrypt'),
      body: (
        <KeyValues
          rows={[
            [
              t('envelope.key'),
              report.keyUsed === 'previous'
                ? t('envelope.keyPrevious')
                : report.keyUsed
                  ? t('envelope.keyCurrent')
                  : t('envelope.keyNone'),
            ],
            [t('envelope.pad'), report.padValue ?? '—'],
            [
              t('envelope.receiveId'),
              <span className={report.receiveId && !idOk ? 'x-bad' : undefined}>
                {mono(report.receiveId)}
                {report.receiveId && props.appId && !idOk && ` ≠ ${props.appId}`}
              </span>,
            ],
          ]}
        />
      ),
    },
    ...(report.innerXml !== undefined
      ? [
          {
            key: 'inner',
            title: t('envelope.inner'),
            body: (
              <CodeView
                value={report.innerXml}
                language="xml"
                testId="inspector-envelope-inner"
                ariaLabel={t('envelope.inner')}
              />
            ),
          },
        ]
      : []),
  ]
  return (
    <div data-testid="inspector-envelope-reply">
      <h4 className="x-sub">{t('envelope.replyTitle')}</h4>
      <StepList steps={steps} />
    </div>
  )
}
