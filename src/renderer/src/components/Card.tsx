/** A white panel on the grey page, as in the Official Accounts admin console. */
import type { ReactNode } from 'react'

export function Card(props: {
  title: string
  description?: ReactNode
  testId?: string
  children: ReactNode
}) {
  return (
    <section className="card" data-testid={props.testId} aria-label={props.title}>
      <header className="card__hd">
        <h2 className="card__title">{props.title}</h2>
        {props.description && <p className="card__desc">{props.description}</p>}
      </header>
      <div className="card__bd">{props.children}</div>
    </section>
  )
}
