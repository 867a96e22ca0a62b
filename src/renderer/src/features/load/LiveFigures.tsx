/**
 * A run's figures as tiles, updated with each progress event: how much was sent and completed,
 * the throughput, latency percentiles, the verdict counts (the outcome names listExchanges uses),
 * and what the bot's slowness cost: retries, duplicated side effects, users shown the error.
 */
import { useTranslation } from 'react-i18next'
import type { LoadReport } from '../../../../shared/control/load-schemas'
import { formatCount, formatMs, formatRate } from './format'
import { deadlineOf } from './verdict'

interface Tile {
  readonly key: string
  readonly label: string
  readonly value: number
  readonly text: string
  readonly unit?: string
  readonly hint?: string
  readonly bad?: boolean
}

export function LiveFigures(props: { report: LoadReport }) {
  const { t, i18n } = useTranslation('load')
  const lang = i18n.language
  const r = props.report
  const count = (key: string, label: string, value: number, extra: Partial<Tile> = {}): Tile => ({
    key,
    label,
    value,
    text: formatCount(value, lang),
    ...extra,
  })
  const ms = (key: 'p50' | 'p95' | 'p99' | 'max'): Tile => ({
    key,
    label: t(`figures.${key}`),
    value: r.latencyMs[key],
    text: r.completed > 0 ? formatMs(r.latencyMs[key], lang) : '—',
    bad: r.latencyMs[key] > deadlineOf(r),
  })
  const groups: { key: string; title: string; tiles: Tile[] }[] = [
    {
      key: 'progress',
      title: t('figures.progress'),
      tiles: [
        count('sent', t('figures.sent'), r.messages),
        count('completed', t('figures.completed'), r.completed),
        {
          key: 'throughput',
          label: t('figures.throughput'),
          value: r.throughput,
          text: formatRate(r.throughput, lang),
          unit: t('figures.throughputUnit'),
        },
      ],
    },
    {
      key: 'latency',
      title: t('figures.latency'),
      tiles: [ms('p50'), ms('p95'), ms('p99'), ms('max')],
    },
    {
      key: 'verdicts',
      title: t('figures.verdicts'),
      tiles: [
        count('reply', t('figures.reply'), r.outcomes.reply),
        count('no-reply', t('figures.noReply'), r.outcomes['no-reply'], {
          hint: t('figures.noReplyHint'),
        }),
        count('service-unavailable', t('figures.unavailable'), r.outcomes['service-unavailable'], {
          hint: t('figures.unavailableHint'),
          bad: r.outcomes['service-unavailable'] > 0,
        }),
        count('users-affected', t('figures.usersAffected'), r.usersAffected, {
          bad: r.usersAffected > 0,
        }),
      ],
    },
    {
      key: 'cost',
      title: t('figures.cost'),
      tiles: [
        count('retries', t('figures.retries'), r.retries, { bad: r.retries > 0 }),
        count('duplicates', t('figures.duplicates'), r.duplicates, { bad: r.duplicates > 0 }),
        count('late-replies', t('figures.lateReplies'), r.lateReplies),
        count('recorded', t('figures.recorded'), r.recorded),
      ],
    },
  ]
  return (
    <div className="lt-figures" data-testid="load-figures">
      {groups.map((group) => (
        <dl key={group.key} className="lt-figures__group" aria-label={group.title}>
          {group.tiles.map((tile) => (
            <div
              key={tile.key}
              className={`lt-tile${tile.bad ? ' lt-tile_bad' : ''}`}
              data-testid={`load-figure-${tile.key}`}
              data-value={tile.value}
              title={tile.hint}
            >
              <dt className="lt-tile__label">{tile.label}</dt>
              <dd className="lt-tile__value">
                {tile.text}
                {tile.unit && <span className="lt-tile__unit">{tile.unit}</span>}
              </dd>
            </div>
          ))}
        </dl>
      ))}
    </div>
  )
}
