/**
 * The walk an exchange belongs to, in the detail: where it started, every hop in the order it
 * happened (this one marked), each a button that shows it; then the walk alone in the list, or the
 * same walk in the OAuth steps, which explains each hop of the authorization.
 */
import { useTranslation } from 'react-i18next'
import { exchangeOutcome } from '../../../../shared/model/exchange-summary'
import { explainLang } from '../../i18n'
import { useNavigation } from '../../state/navigation'
import { exchangeHeading } from './exchange-title'
import type { FlowPlace } from './flows'
import { formatDuration } from './timeline-geometry'

export function FlowView(props: { place: FlowPlace; onListWalk: (walkId: string) => void }) {
  const { t, i18n } = useTranslation('inspector')
  const lang = explainLang(i18n.language)
  const { select, show } = useNavigation()
  const { flow, index } = props.place
  return (
    <div className="x-flow" data-testid="inspector-flow" data-walk-id={flow.walkId}>
      <p className="x-flow__lead">
        {t('flow.partOf', { n: flow.number, address: flow.startUrl, count: flow.hops.length })}
      </p>
      <ol className="x-flow__hops" aria-label={t('flow.order')}>
        {flow.hops.map((hop, i) => {
          const heading = exchangeHeading(hop, lang)
          const outcome = exchangeOutcome(hop)
          const duration = hop.attempts.reduce((sum, a) => sum + a.durationMs, 0)
          const here = i === index
          return (
            <li key={hop.id} className={here ? 'x-flow__hop x-flow__hop_here' : 'x-flow__hop'}>
              <button
                type="button"
                className="x-flow__button"
                data-testid="inspector-flow-hop"
                data-exchange-id={hop.id}
                aria-current={here ? 'step' : undefined}
                onClick={() => select(hop.id)}
              >
                <span className="x-flow__n">{i + 1}</span>
                <span className={`x-kind x-kind_${hop.kind}`}>{t(`kind.${hop.kind}`)}</span>
                <span className="x-flow__title">
                  <span className={heading.mono ? 'mono' : undefined}>{heading.title}</span>
                  {heading.words && <span className="x-flow__words"> {heading.words}</span>}
                </span>
                <span className={`x-badge x-badge_${outcome}`}>{t(`outcome.${outcome}`)}</span>
                <span className="x-flow__ms">{formatDuration(duration)}</span>
                {here && <span className="x-flow__here">{t('flow.here')}</span>}
              </button>
            </li>
          )
        })}
      </ol>
      <p className="hint">{t('flow.order')}</p>
      <div className="x-actions">
        <button
          type="button"
          className="x-button"
          data-testid="inspector-flow-list"
          onClick={() => props.onListWalk(flow.walkId)}
        >
          {t('flow.showOnly')}
        </button>
        <button
          type="button"
          className="x-button x-button_primary"
          data-testid="inspector-flow-stepper"
          onClick={() => show('oauth', `walk:${flow.walkId}`)}
        >
          {t('flow.openStepper')}
        </button>
      </div>
    </div>
  )
}
