/**
 * The selected exchange, whole: the phone-browser walk it belongs to, summary, the verdict with
 * its reasons, the attempts against the deadline in force (pushes and verification; other kinds
 * give their duration in the summary), the chosen attempt's request and response, the
 * signature(s) as the engine computed them for that attempt, and the encryption layers. Each
 * kind gets only the sections that apply to it.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { WECHAT_PUSH_TIMEOUT_MS } from '../../../../shared/model/exchange'
import type { Exchange } from '../../../../shared/model/exchange'
import { exchangeOutcome } from '../../../../shared/model/exchange-summary'
import { explainLang } from '../../i18n'
import { attemptSignatures } from './attempt-signatures'
import { AttemptTabs } from './AttemptTabs'
import { AttemptView } from './AttemptView'
import { downloadText } from './download'
import { hasVerdict } from './detail-sections'
import { EnvelopeView } from './EnvelopeView'
import { exchangeHeading } from './exchange-title'
import { exchangeBodies, exchangeJson, exportFileName } from './exchange-export'
import type { FlowPlace } from './flows'
import { FlowView } from './FlowView'
import { platformVerdict } from './platform-verdict'
import { queryParams } from './request-facts'
import { Section } from './Section'
import { SignatureView } from './SignatureView'
import { SummaryView } from './SummaryView'
import { Timeline } from './Timeline'
import { VerdictView } from './VerdictView'
import './detail.css'
import './web.css'

export function ExchangeDetail(props: {
  exchange: Exchange
  nickname: string | undefined
  accountName: string | undefined
  appId: string | undefined
  /** Its place in a phone-browser walk, when it belongs to one. */
  place: FlowPlace | undefined
  onListWalk: (walkId: string) => void
}) {
  const { t, i18n } = useTranslation('inspector')
  const lang = explainLang(i18n.language)
  const { exchange } = props
  // Pushes: the last attempt decided the outcome. Verification: the real handshake, not the probe.
  const [chosen, setChosen] = useState(exchange.kind === 'verify' ? 1 : exchange.attempts.length)
  const attempt = exchange.attempts.find((a) => a.index === chosen) ?? exchange.attempts.at(-1)
  const push = exchange.kind === 'push' ? exchange.analysis : undefined
  const overrides = push?.overrides ?? {}
  const signatures = attempt ? attemptSignatures(exchange, attempt) : undefined
  const query = new Map(attempt ? queryParams(attempt.request.url) : [])
  const outcome = exchangeOutcome(exchange)
  const heading = exchangeHeading(exchange, lang)
  // Only pushes and verification run against WeChat's deadline.
  const deadlineMs =
    exchange.kind === 'push' || exchange.kind === 'verify'
      ? (exchange.analysis.timeoutMs ?? WECHAT_PUSH_TIMEOUT_MS)
      : undefined
  const platformCards =
    exchange.kind === 'api' || exchange.kind === 'oauth' ? platformVerdict(exchange, lang, t) : []

  return (
    <div
      className="x-detail"
      data-testid="inspector-detail"
      data-exchange-id={exchange.id}
      data-in-progress={exchange.inProgress ? 'true' : undefined}
    >
      <header className="x-detail__hd">
        <span className={`x-kind x-kind_${exchange.kind}`}>{t(`kind.${exchange.kind}`)}</span>
        <h2 className={`x-detail__title${heading.mono ? ' mono' : ''}`}>{heading.title}</h2>
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
          {exchange.kind === 'push' || exchange.kind === 'verify'
            ? t('exportXml')
            : t('exportBodies')}
        </button>
      </header>
      {heading.words && (
        <p className="x-detail__words" data-testid="inspector-detail-words">
          {heading.words}
        </p>
      )}
      {props.place && (
        <Section title={t('flow.section')} testId="inspector-flow-section">
          <FlowView place={props.place} onListWalk={props.onListWalk} />
        </Section>
      )}
      <Section title={t('summary.title')} testId="inspector-summary">
        <SummaryView
          exchange={exchange}
          nickname={props.nickname}
          accountName={props.accountName}
          platformCards={platformCards}
        />
      </Section>
      {/* The reason first: "why was this refused?" is what brings most people here. */}
      {hasVerdict(exchange, platformCards) && (
        <Section title={t('verdict.title')} testId="inspector-verdict-section">
          <VerdictView exchange={exchange} platformCards={platformCards} />
        </Section>
      )}
      {deadlineMs !== undefined && (
        <Section title={t('timeline.title')} testId="inspector-timeline-section">
          <Timeline
            attempts={exchange.attempts}
            kind={exchange.kind}
            timeoutMs={deadlineMs}
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
      )}
      {attempt && (
        <AttemptView
          attempt={attempt}
          kind={exchange.kind}
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
