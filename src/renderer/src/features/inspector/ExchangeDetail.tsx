/**
 * The selected exchange, whole: summary, the verdict with its reasons, the attempts against the
 * deadline in force, the chosen attempt's request and response, the signature(s) as the engine
 * computed them for that attempt, and the encryption layers.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { WECHAT_PUSH_TIMEOUT_MS } from '../../../../shared/model/exchange'
import type { Exchange } from '../../../../shared/model/exchange'
import { exchangeOutcome } from '../../../../shared/model/exchange-summary'
import { attemptSignatures } from './attempt-signatures'
import { AttemptTabs } from './AttemptTabs'
import { AttemptView } from './AttemptView'
import { downloadText } from './download'
import { EnvelopeView } from './EnvelopeView'
import { exchangeTitle } from './exchange-title'
import { exchangeBodies, exchangeJson, exportFileName } from './exchange-export'
import { queryParams } from './request-facts'
import { Section } from './Section'
import { SignatureView } from './SignatureView'
import { SummaryView } from './SummaryView'
import { Timeline } from './Timeline'
import { VerdictView } from './VerdictView'
import './detail.css'

export function ExchangeDetail(props: {
  exchange: Exchange
  nickname: string | undefined
  accountName: string | undefined
  appId: string | undefined
}) {
  const { t } = useTranslation('inspector')
  const { exchange } = props
  // Pushes: the last attempt decided the outcome. Verification: the real handshake, not the probe.
  const [chosen, setChosen] = useState(exchange.kind === 'verify' ? 1 : exchange.attempts.length)
  const attempt = exchange.attempts.find((a) => a.index === chosen) ?? exchange.attempts.at(-1)
  const push = exchange.kind === 'push' ? exchange.analysis : undefined
  const overrides = push?.overrides ?? {}
  const timeoutMs =
    exchange.kind === 'push' || exchange.kind === 'verify'
      ? (exchange.analysis.timeoutMs ?? WECHAT_PUSH_TIMEOUT_MS)
      : WECHAT_PUSH_TIMEOUT_MS
  const signatures = attempt ? attemptSignatures(exchange, attempt) : undefined
  const query = new Map(attempt ? queryParams(attempt.request.url) : [])
  const outcome = exchangeOutcome(exchange)
  const isApi = exchange.kind === 'api' || exchange.kind === 'oauth'

  return (
    <div
      className="x-detail"
      data-testid="inspector-detail"
      data-exchange-id={exchange.id}
      data-in-progress={exchange.inProgress ? 'true' : undefined}
    >
      <header className="x-detail__hd">
        <span className={`x-kind x-kind_${exchange.kind}`}>{t(`kind.${exchange.kind}`)}</span>
        <h2 className="x-detail__title mono">{exchangeTitle(exchange, t)}</h2>
        <span className={`x-badge x-badge_${outcome}`}>{t(`outcome.${outcome}`)}</span>
        <span className="x-detail__spacer" />
        <button
          type="button"
          className="x-button"
          data-testid="inspector-export-json"
          onClick={() =>
            downloadText(
              exportFileName(exchange, 'json'),
              'application/json',
              exchangeJson(exchange),
            )
          }
        >
          {t('exportJson')}
        </button>
        <button
          type="button"
          className="x-button"
          data-testid="inspector-export-xml"
          onClick={() => {
            const file = exchangeBodies(exchange, attempt?.index)
            downloadText(file.filename, file.mediaType, file.text)
          }}
        >
          {isApi ? t('exportBodies') : t('exportXml')}
        </button>
      </header>
      <Section title={t('summary.title')} testId="inspector-summary">
        <SummaryView
          exchange={exchange}
          nickname={props.nickname}
          accountName={props.accountName}
        />
      </Section>
      {/* The reason first: "why was this refused?" is what brings most people here. */}
      <Section title={t('verdict.title')}>
        <VerdictView exchange={exchange} />
      </Section>
      <Section title={t('timeline.title')}>
        <Timeline
          attempts={exchange.attempts}
          kind={exchange.kind}
          timeoutMs={timeoutMs}
          inProgress={exchange.inProgress === true}
        />
        {exchange.attempts.length > 1 && attempt && (
          <AttemptTabs
            attempts={exchange.attempts}
            chosen={attempt.index}
            onChoose={setChosen}
            probe={exchange.kind === 'verify'}
          />
        )}
      </Section>
      {attempt && (
        <AttemptView
          attempt={attempt}
          isPush={exchange.kind === 'push' || exchange.kind === 'verify'}
          overriddenType={overrides.contentType}
        />
      )}
      {signatures?.signature && (
        <Section title={t('signature.section')}>
          <SignatureView
            breakdown={signatures.signature}
            sent={query.get('signature')}
            msg={false}
            wrongOnPurpose={overrides.wrongSignature === true}
          />
          {signatures.msgSignature && (
            <SignatureView
              breakdown={signatures.msgSignature}
              sent={query.get('msg_signature')}
              msg
              wrongOnPurpose={overrides.wrongSignature === true}
            />
          )}
        </Section>
      )}
      {signatures?.notRecorded && (
        <Section title={t('signature.section')}>
          <p className="hint" data-testid="inspector-signature-not-recorded">
            {t('signature.notRecorded')}
          </p>
        </Section>
      )}
      {(push?.crypto || exchange.verdict?.envelope) && (
        <Section title={t('envelope.title')}>
          <EnvelopeView
            crypto={push?.crypto}
            keyUsed={push?.keyUsed}
            mode={push?.mode}
            reply={exchange.verdict?.envelope}
            appId={props.appId}
          />
        </Section>
      )}
    </div>
  )
}
