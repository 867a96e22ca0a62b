/**
 * One item of the chat, drawn the way WeChat draws it: green bubbles on the right for the user,
 * white on the left for the Official Account, centred grey tips for the system, and small
 * developer notes for what WeChat would not show (events, silent replies).
 */
import { useTranslation } from 'react-i18next'
import { SERVICE_UNAVAILABLE_TIP } from '../../../../shared/model/verdict'
import { useNavigation } from '../../state/navigation'
import { BotContent } from './BotContent'
import type { Outgoing } from './outgoing'
import { RichText } from './rich-text'
import type { ChatItem, DevNote } from './timeline'
import { Avatar } from './Avatar'

interface People {
  readonly userName: string
  readonly userAvatar?: string | undefined
  readonly accountName: string
}

export function Bubble(props: { item: ChatItem; people: People }) {
  const { item, people } = props
  switch (item.from) {
    case 'user':
      return <UserBubble message={item.message} exchangeId={item.exchangeId} people={people} />
    case 'bot':
      return (
        <div
          className="chat-row chat-row_bot"
          data-testid="phone-bubble"
          data-from="bot"
          data-kind={item.view.kind}
          data-source={item.source}
          data-exchange-id={item.exchangeId}
        >
          <Avatar name={people.accountName} />
          <BotContent view={item.view} />
        </div>
      )
    case 'system':
      return <SystemTip exchangeId={item.exchangeId} />
    case 'dev':
      return <DevLine note={item.note} exchangeId={item.exchangeId} />
  }
}

export function UserBubble(props: {
  message: Outgoing
  exchangeId?: string
  pending?: boolean
  people: People
}) {
  const { message } = props
  return (
    <div
      className="chat-row chat-row_user"
      data-testid="phone-bubble"
      data-from="user"
      data-kind={message.kind}
      data-exchange-id={props.exchangeId}
      data-pending={props.pending ? 'true' : undefined}
    >
      {props.pending && <i className="weui-loading chat-row__pending" aria-hidden="true" />}
      <OutgoingContent message={message} />
      <Avatar name={props.people.userName} src={props.people.userAvatar} />
    </div>
  )
}

function OutgoingContent(props: { message: Outgoing }) {
  const { t } = useTranslation('phone')
  const m = props.message
  switch (m.kind) {
    case 'text':
      return (
        <div className="bubble bubble_user">
          <RichText content={m.content} />
        </div>
      )
    case 'image':
      return (
        <div className="bubble bubble_media">
          <img className="bubble__img" src={m.picUrl} alt={t('bubble.image')} />
        </div>
      )
    case 'location':
      return (
        <div className="bubble bubble_card bubble_location">
          <div className="bubble__title">{m.label}</div>
          <div className="bubble__map" aria-hidden="true" />
          <div className="bubble__meta">
            {m.lat}, {m.lng}
          </div>
        </div>
      )
    case 'link':
      return (
        <div className="bubble bubble_card">
          <div className="bubble__title">{m.title}</div>
          <div className="bubble__desc">{m.description}</div>
          <div className="bubble__meta">{t('bubble.link')}</div>
        </div>
      )
    case 'voice':
    case 'video':
    case 'shortvideo':
      return (
        <div className="bubble bubble_user" title={t('bubble.mediaHint', { id: m.mediaId })}>
          [{t(`bubble.${m.kind}`)}]
        </div>
      )
    case 'event':
    case 'unknown':
      return <div className="bubble bubble_user">[{m.kind === 'event' ? m.event : m.msgType}]</div>
  }
}

function SystemTip(props: { exchangeId?: string | undefined }) {
  const { t } = useTranslation('phone')
  const { inspect } = useNavigation()
  const id = props.exchangeId
  return (
    <div
      className="chat-tip"
      data-testid="phone-bubble"
      data-from="system"
      data-kind="tip"
      data-exchange-id={id}
    >
      {/* The phone's own words, verbatim in every UI language. */}
      <span lang="zh-CN">{SERVICE_UNAVAILABLE_TIP}</span>
      {id && (
        <button
          type="button"
          className="chat-tip__why"
          data-testid="phone-tip-why"
          onClick={() => inspect(id)}
        >
          {t('why')}
        </button>
      )}
    </div>
  )
}

function DevLine(props: { note: DevNote; exchangeId?: string | undefined }) {
  const { t } = useTranslation('phone')
  const { inspect } = useNavigation()
  const { note } = props
  const text =
    note.kind === 'event'
      ? note.key
        ? t('dev.eventKey', { event: note.event, key: note.key })
        : t('dev.event', { event: note.event })
      : note.kind === 'no-reply'
        ? t('dev.noReply', { reason: t(`noReplyReason.${note.reason as 'empty'}`, note.reason) })
        : t('dev.transfer', { kf: note.kfAccount ? ` (${note.kfAccount})` : '' })
  const id = props.exchangeId
  return (
    <div
      className="chat-dev"
      data-testid="phone-bubble"
      data-from="dev"
      data-kind={note.kind === 'event' ? 'event' : note.kind === 'transfer' ? 'transfer' : 'none'}
      data-exchange-id={id}
    >
      {id ? (
        <button type="button" className="chat-dev__link" onClick={() => inspect(id)}>
          {text}
        </button>
      ) : (
        text
      )}
    </div>
  )
}
