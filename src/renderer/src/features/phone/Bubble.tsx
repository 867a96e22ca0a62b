/**
 * One item of the chat, drawn the way WeChat draws it: green bubbles on the right for the user,
 * white on the left for the Official Account, centred grey tips for the system, and small
 * developer notes for what WeChat would not show (events, silent replies).
 */
import { Avatar } from './Avatar'
import { BotContent } from './BotContent'
import { DevLine, SystemTip } from './ChatNotes'
import { OutgoingContent } from './OutgoingContent'
import type { Outgoing } from './outgoing'
import type { ChatItem } from './timeline'
import './bubbles.css'
import './cards.css'

export interface People {
  readonly userName: string
  readonly userAvatar?: string | undefined
  readonly accountName: string
}

/** The `data-kind` of a user's message: the kinds the tests and styles know. */
function userKind(message: Outgoing): string {
  if (message.kind === 'shortvideo') return 'video'
  if (message.kind === 'unknown') return 'text'
  return message.kind
}

export function Bubble(props: { item: ChatItem; people: People }) {
  const { item, people } = props
  switch (item.from) {
    case 'user':
      return (
        <UserBubble
          message={item.message}
          exchangeId={item.exchangeId}
          pending={item.sending === true}
          people={people}
        />
      )
    case 'bot':
      return (
        <div
          className="chat-row chat-row_bot"
          data-testid="phone-bubble"
          data-from="bot"
          data-kind={item.view.kind === 'other' ? 'text' : item.view.kind}
          data-source={item.source}
          data-exchange-id={item.exchangeId}
        >
          <Avatar name={people.accountName} />
          <BotContent view={item.view} source={item.source} exchangeId={item.exchangeId} />
        </div>
      )
    case 'system':
      return <SystemTip exchangeId={item.exchangeId} />
    case 'dev':
      return (
        <DevLine note={item.note} exchangeId={item.exchangeId} pending={item.sending === true} />
      )
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
      data-kind={userKind(message)}
      data-exchange-id={props.exchangeId}
      data-pending={props.pending ? 'true' : undefined}
      aria-busy={props.pending ? true : undefined}
    >
      {props.pending && <i className="weui-loading chat-row__pending" aria-hidden="true" />}
      <OutgoingContent message={message} exchangeId={props.exchangeId} />
      <Avatar name={props.people.userName} src={props.people.userAvatar} />
    </div>
  )
}
