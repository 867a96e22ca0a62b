/**
 * The selected exchange, whole: summary, the verdict with its reasons, the attempts on the
 * 5-second clock, the chosen attempt's request and response, the signature(s) worked out, and the
 * encryption layers.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Exchange } from '../../../../shared/model/exchange'
import { exchangeOutcome } from '../../../../shared/model/exchange-summary'
import { AttemptView } from './AttemptView'
import { downloadText } from './download'
import { EnvelopeView } from './EnvelopeView'
import type { PushCrypto } from './EnvelopeView'
import { exchangeJson, exchangeXml } from './exchange-export'
import { queryParams } from './request-facts'
import { KeyValues, Section } from './Section'
import { SignatureView } from './SignatureView'
import { Timeline } from './Timeline'
import { VerdictView } from './VerdictView'

interface Breakdown {
  readonly parts: readonly string[]
}

export function ExchangeDetail(props: {
  exchange: Exchange
  nickname: string | undefined
  accountName: string | undefined
}) {
  const { t } = useTranslation('inspector')
  const { exchange } = props
  const [chosen, setChosen] = useState(exchange.attempts.length)
  const attempt = exchange.attempts.find((a) => a.index === chosen) ?? exchange.attempts.at(-1)
  const analysis = exchange.analysis ?? {}
  const signature = analysis['signature'] as Breakdown | undefined
  const msgSig = analysis['msgSignature'] as Breakdown | undefined
  const overrides = (analysis['overrides'] ?? {}) as {
    contentType?: string
    wrongSignature?: boolean
  }
  const crypto = analysis['crypto'] as PushCrypto | undefined
  const query = new Map(attempt ? queryParams(attempt.request.url) : [])
  const outcome = exchangeOutcome(exchange)
  const mode = typeof analysis['mode'] === 'string' ? analysis['mode'] : undefined

  // Each attempt is signed with its own timestamp and nonce; the token (and Encrypt) are shared.
  const partsFor = (base: Breakdown, withEncrypt: boolean): string[] => {
    const token = base.parts[0] ?? ''
    const parts = [token, query.get('timestamp') ?? '', query.get('nonce') ?? '']
    if (withEncrypt) parts.push(base.parts[3] ?? '')
    return parts
  }

  return (
    <div className="x-detail" data-testid="inspector-detail" data-exchange-id={exchange.id}>
      <header className="x-detail__hd">
        <h2 className="x-detail__title mono">{exchange.title}</h2>
        <span className={`x-badge x-badge_${outcome}`}>{t(`outcome.${outcome}`)}</span>
        <span className="x-detail__spacer" />
        <button
          type="button"
          className="weui-btn weui-btn_mini weui-btn_default"
          data-testid="inspector-export-json"
          onClick={() =>
            downloadText(`mpsim-${exchange.id}.json`, 'application/json', exchangeJson(exchange))
          }
        >
          {t('exportJson')}
        </button>
        <button
          type="button"
          className="weui-btn weui-btn_mini weui-btn_default"
          data-testid="inspector-export-xml"
          onClick={() =>
            downloadText(
              `mpsim-${exchange.id}.xml`,
              'application/xml',
              exchangeXml(exchange, attempt?.index),
            )
          }
        >
          {t('exportXml')}
        </button>
      </header>
      <Section title={t('summary.title')} testId="inspector-summary">
        <KeyValues
          rows={[
            [t('summary.kind'), t(`kind.${exchange.kind}`)],
            ...(props.nickname || exchange.openid
              ? [
                  [
                    t('summary.user'),
                    `${props.nickname ?? ''} ${exchange.openid ?? ''}`.trim(),
                  ] as const,
                ]
              : []),
            [t('summary.account'), props.accountName ?? exchange.accountId],
            ...(mode ? [[t('summary.mode'), mode] as const] : []),
            [
              t('summary.time'),
              new Date(exchange.simTime * 1000).toISOString().replace('.000Z', 'Z'),
            ],
            [t('summary.outcome'), t(`outcome.${outcome}`)],
            ...(exchange.verdict
              ? [[t('summary.phone'), t(`phoneView.${exchange.verdict.phoneView.kind}`)] as const]
              : []),
            ...(exchange.errcode !== undefined
              ? [[t('summary.errcode'), String(exchange.errcode)] as const]
              : []),
            ...(exchange.fault
              ? [[t('summary.fault'), JSON.stringify(exchange.fault)] as const]
              : []),
          ]}
        />
      </Section>
      {/* The reason first: "why was this refused?" is what brings most people here. */}
      <Section title={t('verdict.title')}>
        <VerdictView exchange={exchange} />
      </Section>
      <Section title={t('timeline.title')}>
        <Timeline attempts={exchange.attempts} />
        {exchange.attempts.length > 1 && (
          <div className="x-tabs" role="tablist">
            {exchange.attempts.map((a) => (
              <button
                key={a.index}
                type="button"
                role="tab"
                aria-selected={a.index === attempt?.index}
                className={`x-tab${a.index === attempt?.index ? ' x-tab_on' : ''}`}
                onClick={() => setChosen(a.index)}
              >
                {t('timeline.attempt', { n: a.index })}
              </button>
            ))}
          </div>
        )}
      </Section>
      {attempt && (
        <AttemptView
          attempt={attempt}
          isPush={exchange.kind === 'push' || exchange.kind === 'verify'}
          overriddenType={overrides.contentType}
        />
      )}
      {signature && attempt && (
        <Section title={t('signature.title')}>
          <SignatureView
            parts={partsFor(signature, false)}
            sent={query.get('signature')}
            msg={false}
            wrongOnPurpose={overrides.wrongSignature === true}
          />
          {msgSig && (
            <SignatureView
              parts={partsFor(msgSig, true)}
              sent={query.get('msg_signature')}
              msg
              wrongOnPurpose={overrides.wrongSignature === true}
            />
          )}
        </Section>
      )}
      {(crypto || exchange.verdict?.envelope) && (
        <Section title={t('envelope.title')}>
          <EnvelopeView
            crypto={crypto}
            keyUsed={analysis['keyUsed'] as 'current' | 'previous' | undefined}
            reply={exchange.verdict?.envelope}
          />
        </Section>
      )}
    </div>
  )
}
