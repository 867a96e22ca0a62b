/** A numbered list of computation steps: each has a title and its worked-out content. */
import type { ReactNode } from 'react'

export interface Step {
  key: string
  title: ReactNode
  body: ReactNode
  testId?: string
}

export function StepList(props: { steps: readonly Step[]; testId?: string }) {
  return (
    <ol className="steps" data-testid={props.testId}>
      {props.steps.map((step, index) => (
        <li className="steps__item" key={step.key} data-testid={step.testId}>
          <span className="steps__num" aria-hidden="true">
            {index + 1}
          </span>
          <div className="steps__content">
            <h4 className="steps__title">{step.title}</h4>
            <div className="steps__body">{step.body}</div>
          </div>
        </li>
      ))}
    </ol>
  )
}
