/**
 * The OAuth panel: the phone (its WeChat browser shows the walk) beside the stepper — the five
 * steps of web authorization (protocol.md §9), the classic mistakes, the clock and the export.
 * Layout and wiring only; each part is its own file.
 */
import { Phone } from '../phone/Phone'
import { ClockBar } from './ClockBar'
import { ExportBar } from './ExportBar'
import { Mistakes } from './Mistakes'
import { StepAuthorize } from './StepAuthorize'
import { StepCallback } from './StepCallback'
import { StepperHeader } from './StepperHeader'
import { StepSns } from './StepSns'
import { useMistakes } from './use-mistakes'
import { useSimClock } from './use-sim-clock'
import { useStepper } from './use-stepper'
import '../../styles/phone-beside.css'
import './oauth-panel.css'

export function OauthPanel() {
  const stepper = useStepper()
  const clock = useSimClock()
  const mistakes = useMistakes(stepper, clock)
  return (
    <div className="phone-beside" data-testid="oauth-panel" data-mode={stepper.mode}>
      <div className="phone-beside__phone">
        <Phone />
      </div>
      <div className="phone-beside__side oauth-panel__stepper">
        <StepperHeader stepper={stepper} />
        <ClockBar clock={clock} />
        <ol className="oauth-steps" data-testid="oauth-steps">
          <li>
            <StepAuthorize stepper={stepper} />
          </li>
          <li>
            <StepCallback stepper={stepper} />
          </li>
          <li>
            <StepSns stepper={stepper} n={3} />
          </li>
          <li>
            <StepSns stepper={stepper} n={4} />
          </li>
          <li>
            <StepSns stepper={stepper} n={5} />
          </li>
        </ol>
        <Mistakes run={mistakes.run} onRun={(id) => void mistakes.start(id)} />
        <ExportBar stepper={stepper} run={mistakes.run} />
      </div>
    </div>
  )
}
