/**
 * One problem — or one step of a flow — explained the way a colleague would: what it is, why, the
 * fix (or, for a step that went well, what comes next), and the facts behind it.
 */
import { useTranslation } from 'react-i18next'
import type { ExplanationText } from '../../../../shared/explain/types'
import type { CardText } from './platform-verdict'
import { caseText, factLines } from './problem-facts'

export type ProblemTone = 'error' | 'warning' | 'info' | 'ok'

export function ProblemCard(props: {
  code: string
  tone: ProblemTone
  text: CardText
  /** "Fix" (a problem) or "Next" (a step that went well). @default 'fix' */
  fixLabel?: 'fix' | 'next'
  /** Section of the protocol notes (docs/protocol.md), e.g. "§7.2". */
  spec?: string | undefined
  /** Facts of each occurrence (expected vs got, field names…). */
  facts?: readonly Readonly<Record<string, string | number>>[] | undefined
  /** Just the title (a passed check needs no explanation). */
  brief?: boolean
}) {
  const { t } = useTranslation('inspector')
  const facts = (props.facts ?? []).filter((f) => Object.keys(f).length > 0)
  const text = isFull(props.text) ? caseText(props.code, props.text, facts, t) : props.text
  const explained = !props.brief && (text.explanation || text.fix)
  return (
    <div
      className={`x-problem x-problem_${props.tone}`}
      data-testid="inspector-problem"
      data-code={props.code}
      data-severity={props.tone}
    >
      <div className="x-problem__hd">
        <h4 className="x-problem__title" data-testid="inspector-problem-title">
          {text.title}
          {facts.length > 1 && <span className="x-problem__times"> ×{facts.length}</span>}
        </h4>
        {props.tone !== 'ok' && (
          <span className={`x-badge x-badge_${props.tone}`}>
            {t(`verdict.severity.${props.tone}`)}
          </span>
        )}
        {/* The code stays for the CLI and the docs (hover, data-code); the reader sees words. */}
        {props.spec && (
          <span className="x-problem__code" title={props.code} data-testid="inspector-problem-spec">
            {/* A section of the protocol notes (§…) or one of the repository's API docs. */}
            {props.spec.startsWith('§') ? t('verdict.spec') : t('verdict.seeDoc')} {props.spec}
          </span>
        )}
      </div>
      {explained && (
        <dl className="x-problem__explain">
          {text.explanation && (
            <>
              <dt>{t('verdict.explanation')}</dt>
              <dd data-testid="inspector-problem-explanation">{text.explanation}</dd>
            </>
          )}
          {text.fix && (
            <>
              <dt>{props.fixLabel === 'next' ? t('oauth.next') : t('verdict.fix')}</dt>
              <dd data-testid="inspector-problem-fix">{text.fix}</dd>
            </>
          )}
        </dl>
      )}
      {facts.map((fact, i) => (
        <dl
          className="kv kv_compact x-problem__facts"
          key={i}
          data-testid="inspector-problem-facts"
        >
          {factLines(fact, t).map((line) => (
            <div className="kv__row" key={line.key} data-fact={line.key}>
              <dt>{line.label}</dt>
              <dd className={line.worded ? undefined : 'mono wrap'}>{line.value}</dd>
            </div>
          ))}
        </dl>
      ))}
    </div>
  )
}

function isFull(text: CardText): text is ExplanationText {
  return text.explanation !== undefined && text.fix !== undefined
}
