/**
 * The Chat panel: the phone on the left (what the user sees), the composer on the right (what the
 * user sends). Layout only; each side is its own feature.
 */
import { Composer } from '../composer/Composer'
import { Phone } from '../phone/Phone'
import './chat-panel.css'

export function ChatPanel() {
  return (
    <div className="chat-panel" data-testid="chat-panel">
      <div className="chat-panel__phone">
        <Phone />
      </div>
      <div className="chat-panel__composer">
        <Composer />
      </div>
    </div>
  )
}
