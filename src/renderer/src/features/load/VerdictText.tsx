/**
 * The verdict in sentences: whether the bot survives the load under WeChat's rules, how many
 * users saw 该公众号暂时无法提供服务 and why, where a ramp broke it, what retries cost. While the
 * run goes on it reads "So far: …"; a stopped run says its figures are partial.
 */
import { useTranslation } from 'react-i18next'
import type { LoadReport } from '../../../../shared/control/load-schemas'
import { formatCount, formatDeadline, formatMs, formatRate } from './format'
import { deadlineOf, judge } from './verdict'

/** Messages started later than this (p99) say the load generator, not the bot, set the pace. */
const START_LAG_NOTE_MS = 250

export function VerdictText(props: { report: LoadReport }) {
  const { t, i18n } = useTranslation('load')
  const lang = i18n.language
  const r = props.report
  const verdict = judge(r)
  const n = (v: number) => formatCount(v, lang)
  const head = useVerdictHead()(r)
  const deadline = formatDeadline(deadlineOf(r), lang)
  const sep = lang.startsWith('zh') ? '，' : ', '
  const why =
    verdict.causes.length > 0
      ? t('verdict.why', {
          list: verdict.causes
            .map((c) => t(`verdict.causes.${c.cause}`, { count: n(c.count), deadline }))
            .join(sep),
        })
      : undefined
  const ramp = verdict.ramp
    ? verdict.ramp.broke
      ? t('verdict.rampBroke', { rate: formatRate(verdict.ramp.rate, lang) })
      : r.status === 'running'
        ? undefined
        : t('verdict.rampHeld', { rate: formatRate(verdict.ramp.rate, lang) })
    : undefined
  const costs = [
    r.retries > 0 ? t('verdict.retries', { count: r.retries }) : undefined,
    r.duplicates > 0 ? t('verdict.duplicates', { count: r.duplicates }) : undefined,
  ].filter(Boolean)
  const tone =
    r.status === 'failed' || verdict.outcome === 'failed'
      ? 'bad'
      : verdict.outcome === 'barely'
        ? 'warn'
        : verdict.outcome === 'survived'
          ? 'ok'
          : 'none'
  return (
    <div
      className={`lt-verdict lt-verdict_${tone}`}
      data-testid="load-verdict"
      data-outcome={verdict.outcome}
      data-status={r.status}
    >
      {r.status === 'failed' && (
        <p className="lt-verdict__line lt-verdict__head" data-testid="load-verdict-failed">
          {t('verdict.runFailed', { error: r.error ?? '' })}
        </p>
      )}
      <p className="lt-verdict__line lt-verdict__head" data-testid="load-verdict-head">
        {r.status === 'running' && <span className="lt-verdict__so-far">{t('verdict.soFar')}</span>}
        {head}
      </p>
      {why && (
        <p className="lt-verdict__line" data-testid="load-verdict-why">
          {why}
        </p>
      )}
      {ramp && (
        <p className="lt-verdict__line" data-testid="load-verdict-ramp">
          {ramp}
        </p>
      )}
      {costs.length > 0 && (
        <p className="lt-verdict__line" data-testid="load-verdict-costs">
          {costs.join(' ')}
        </p>
      )}
      {(r.notStarted ?? 0) > 0 && (
        <p className="lt-verdict__line lt-verdict__note" data-testid="load-verdict-not-started">
          {t('verdict.notStarted', { count: r.notStarted ?? 0 })}
        </p>
      )}
      {r.startLagMs && r.startLagMs.p99 > START_LAG_NOTE_MS && (
        <p className="lt-verdict__line lt-verdict__note" data-testid="load-verdict-lag">
          {t('verdict.lag', { lag: formatMs(r.startLagMs.p99, lang) })}
        </p>
      )}
      {r.status === 'stopped' && (
        <p className="lt-verdict__line lt-verdict__note" data-testid="load-verdict-stopped">
          {t('verdict.stopped')}
        </p>
      )}
    </div>
  )
}

/** The verdict's first sentence: survived, barely, failed (how many users saw the error), nothing. */
export function useVerdictHead(): (report: LoadReport) => string {
  const { t, i18n } = useTranslation('load')
  const lang = i18n.language
  const loadWords = useLoadWords('verdict')
  return (r) => {
    const verdict = judge(r)
    const load = loadWords(r)
    const p99 = formatMs(r.latencyMs.p99, lang)
    const deadline = formatDeadline(deadlineOf(r), lang)
    if (verdict.outcome === 'survived') return t('verdict.survived', { load, p99, deadline })
    if (verdict.outcome === 'barely') return t('verdict.barely', { count: r.lateReplies, p99 })
    if (verdict.outcome === 'failed') {
      const pushes = formatCount(verdict.unavailable, lang)
      return t('verdict.failed', { count: r.usersAffected, pushes, load })
    }
    return t('verdict.nothing')
  }
}

/**
 * The load a run put on the bot, in words: "20 messages per second", "a rate climbing from 10 to
 * 200…", "10 messages in flight" (`verdict`), or short for a heading, "20 msg/s" (`run`).
 */
export function useLoadWords(style: 'verdict' | 'run'): (report: LoadReport) => string {
  const { t, i18n } = useTranslation('load')
  const lang = i18n.language
  return (r) => {
    if (r.model === 'closed') {
      return t(`${style}.loadClosed`, { concurrency: formatCount(r.concurrency ?? 0, lang) })
    }
    const rate = formatRate(r.rate ?? 0, lang)
    return r.rampTo !== undefined
      ? t(`${style}.loadRamp`, { rate, rampTo: formatRate(r.rampTo, lang) })
      : t(`${style}.loadOpen`, { rate })
  }
}
