/**
 * The conversation of the user holding the phone, oldest at the top. It keeps the newest message
 * in view as a chat does — unless the developer scrolled up to read, then it stays put until they
 * come back down or send something themselves.
 */
import { useLayoutEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ControlClientError } from '../../api/control-client'
import { coreDetail, useRequestErrorReason } from '../../components/RequestError'
import { useEngineStore } from '../../state/engine-store'
import { Bubble, UserBubble } from './Bubble'
import type { People } from './Bubble'
import { DevLine } from './ChatNotes'
import { buildTimeline } from './timeline'
import type { ChatItem } from './timeline'
import type { PendingSend } from './use-phone-send'

/**
 * A delivery in progress reaches every open window as it runs (so another window shows it
 * "sending…"); in the window that sent it, the same push is already drawn as its own pending
 * bubble. The newest deliveries in progress are this window's sends, so as many are left out.
 */
function withoutOwnSends(items: readonly ChatItem[], own: number): ChatItem[] {
  const out = [...items]
  for (let i = out.length - 1; i >= 0 && own > 0; i--) {
    const item = out[i]!
    if ((item.from === 'user' || item.from === 'dev') && item.sending === true) {
      out.splice(i, 1)
      own--
    }
  }
  return out
}

/** Closer than this to the bottom counts as "reading the newest". */
const STICK_PX = 80

export function ChatLog(props: {
  people: People
  pending: readonly PendingSend[]
  error: ControlClientError | undefined
  onClearError: () => void
}) {
  const { t } = useTranslation('phone')
  const reason = useRequestErrorReason()
  const { exchanges, phoneMessages, accountId, openid } = useEngineStore()
  const ownPending = props.pending.filter((p) => p.openid === openid).length
  const items = useMemo(
    () => withoutOwnSends(buildTimeline(exchanges, phoneMessages, accountId, openid), ownPending),
    [exchanges, phoneMessages, accountId, openid, ownPending],
  )
  const chatRef = useRef<HTMLDivElement>(null)
  const stick = useRef(true)
  const sentCount = useRef(0)

  const toBottom = () => {
    const chat = chatRef.current
    if (chat && stick.current) chat.scrollTop = chat.scrollHeight
  }
  useLayoutEffect(() => {
    // Sending always brings the newest into view, as in WeChat.
    if (props.pending.length > sentCount.current) stick.current = true
    sentCount.current = props.pending.length
    toBottom()
  }, [items.length, props.pending.length, props.error, openid])

  return (
    <div
      className="phone__chat"
      ref={chatRef}
      data-testid="phone-chat"
      role="log"
      aria-label={t('chatLabel', { name: props.people.accountName })}
      // Focusable so the keyboard can scroll the history.
      tabIndex={0}
      onScroll={(e) => {
        const el = e.currentTarget
        stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICK_PX
      }}
      // Pictures change the height when they arrive.
      onLoadCapture={toBottom}
    >
      {items.length === 0 && props.pending.length === 0 && (
        <p className="chat-empty">{t('empty')}</p>
      )}
      {items.map((item) => (
        <Bubble key={item.key} item={item} people={props.people} />
      ))}
      {props.pending.map((p) =>
        p.message.kind === 'event' ? (
          <DevLine
            key={`pending-${p.id}`}
            pending
            note={{
              kind: 'event',
              typeId: p.typeId,
              event: p.message.event,
              ...(p.message.key ? { key: p.message.key } : {}),
            }}
          />
        ) : (
          <UserBubble key={`pending-${p.id}`} message={p.message} pending people={props.people} />
        ),
      )}
      {props.error && (
        <div className="chat-dev chat-dev_error" role="alert" data-testid="phone-send-error">
          {t('sendFailed', { message: reason(props.error) })}{' '}
          <button
            type="button"
            className="chat-dev__link"
            aria-label={t('dismiss')}
            onClick={props.onClearError}
          >
            ✕
          </button>
          {coreDetail(props.error) && (
            <span className="chat-dev__detail">{coreDetail(props.error)}</span>
          )}
        </div>
      )}
    </div>
  )
}
