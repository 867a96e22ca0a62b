/**
 * Which deliveries a run makes, in order: every step once per data row (rows outermost, so a
 * row's steps run as a story), narrowed by tags and by `only` (the failures of the last run).
 */
import type { Suite, SuiteStep } from '../../../shared/model/suite'

export interface PlannedStep {
  /** 0-based index of the step in the suite. */
  readonly index: number
  /** 0-based data row, when the suite has rows. */
  readonly row?: number
  readonly step: SuiteStep
  readonly rowValues?: Readonly<Record<string, string>>
}

export interface PlanFilter {
  /** Run a step when it has any of these tags. */
  readonly tags?: readonly string[]
  readonly only?: readonly number[]
}

export function planSteps(suite: Suite, filter: PlanFilter = {}): PlannedStep[] {
  const tags = filter.tags && filter.tags.length > 0 ? new Set(filter.tags) : undefined
  const only = filter.only ? new Set(filter.only) : undefined
  const wanted = suite.steps
    .map((step, index) => ({ step, index }))
    .filter(({ step, index }) => {
      if (only && !only.has(index)) return false
      return !tags || (step.tags ?? []).some((tag) => tags.has(tag))
    })
  if (!suite.rows || suite.rows.length === 0) return wanted
  return suite.rows.flatMap((rowValues, row) =>
    wanted.map(({ step, index }) => ({ step, index, row, rowValues })),
  )
}

/** A step's name in reports: its own, else what it sends; the row when there are rows. */
export function stepName(planned: PlannedStep): string {
  const { step } = planned
  const send = step.send
  const base =
    step.name ??
    ('type' in send
      ? `${send.type}${send.fields?.Content ? `: ${send.fields.Content}` : ''}`
      : 'capture' in send
        ? send.capture
        : `xml ${xmlMsgType(send.xml)}`)
  return planned.row === undefined ? base : `${base} [row ${planned.row + 1}]`
}

function xmlMsgType(xml: string): string {
  const event = /<Event>\s*(?:<!\[CDATA\[)?([^<\]]*)/.exec(xml)?.[1]
  const type = /<MsgType>\s*(?:<!\[CDATA\[)?([^<\]]*)/.exec(xml)?.[1]
  return event ? `event.${event}` : (type ?? '')
}
