/**
 * The Chat panel: the phone on the left (what the user sees), the composer on the right (what the
 * user sends). Layout only; each side is its own feature.
 */
import { Composer } from '../composer/Composer'
import { Phone } from '../phone/Phone'
import '../../styles/phone-beside.css'
import './chat-panel.css'

export function ChatPanel() {
  return (
    <div className="phone-beside" data-testid="chat-panel">
      <div className="phone-beside__phone">
        <Phone />
      </div>
      <div className="phone-beside__side chat-panel__composer">
        <Composer />
      </div>
    </div>
  )
}
