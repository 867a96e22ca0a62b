/** A collapsible card of the detail view (a native <details>: keyboard and screen readers for free). */
import type { ReactNode } from 'react'

export function Section(props: {
  title: string
  testId?: string
  children: ReactNode
  open?: boolean
}) {
  return (
    <details className="x-section" open={props.open ?? true} data-testid={props.testId}>
      <summary className="x-section__title">{props.title}</summary>
      <div className="x-section__body">{props.children}</div>
    </details>
  )
}

export function KeyValues(props: {
  rows: readonly (readonly [string, ReactNode])[]
  testId?: string
}) {
  return (
    <dl className="kv kv_compact" data-testid={props.testId}>
      {props.rows.map(([key, value]) => (
        <div className="kv__row" key={key}>
          <dt>{key}</dt>
          <dd className="x-kv-value">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
