/**
 * WeChat's thin green line under the title bar while a page loads: it creeps towards the end,
 * jumps to full width when the page is there, then fades. Nothing is drawn before the first load.
 */
import { useState } from 'react'

export function ProgressLine(props: { loading: boolean }) {
  // Derived during render (no effect): once something loaded, the line may play its fade.
  const [seen, setSeen] = useState(props.loading)
  if (props.loading && !seen) setSeen(true)
  if (!seen) return <div className="pb-progress" aria-hidden="true" />
  return (
    <div
      className="pb-progress"
      aria-hidden="true"
      data-testid="phone-browser-progress"
      data-state={props.loading ? 'loading' : 'done'}
    >
      <span className="pb-progress__bar" />
    </div>
  )
}
