/**
 * The centred lines of the chat: WeChat's own system tip (verbatim, with a way into the
 * inspector) and the developer notes that stand in for what WeChat does not show — events, silent
 * replies, transfers to customer service. A note with an exchange opens it in the inspector.
 */
import { useTranslation } from 'react-i18next'
import { SERVICE_UNAVAILABLE_TIP } from '../../../../shared/model/verdict'
import { explainLang } from '../../i18n'
import { useNavigation } from '../../state/navigation'
import type { DevNote } from './timeline'
import { useTypeLabels } from './use-type-labels'

export function SystemTip(props: { exchangeId?: string | undefined }) {
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
          title={t('whyHint')}
          onClick={() => inspect(id)}
        >
          {t('why')}
        </button>
      )}
    </div>
  )
}

const KIND_OF_NOTE = { event: 'event', transfer: 'transfer', 'no-reply': 'none' } as const

export function DevLine(props: {
  note: DevNote
  exchangeId?: string | undefined
  pending?: boolean
}) {
  const { t, i18n } = useTranslation('phone')
  const labels = useTypeLabels()
  const { inspect } = useNavigation()
  const { note } = props
  let text: string
  if (note.kind === 'event') {
    const words = labels.get(note.typeId)
    const label = words ? words[explainLang(i18n.language)] : t('dev.anEvent')
    text = t('dev.event', { label, event: note.event, key: note.key ? ` ${note.key}` : '' })
  } else if (note.kind === 'no-reply') {
    text = t('dev.noReply', { reason: t(`noReplyReason.${note.reason as 'empty'}`, note.reason) })
  } else {
    text = t('dev.transfer', { kf: note.kfAccount ? ` (${note.kfAccount})` : '' })
  }
  const id = props.exchangeId
  return (
    <div
      className="chat-dev"
      data-testid="phone-bubble"
      data-from="dev"
      data-kind={KIND_OF_NOTE[note.kind]}
      data-exchange-id={id}
      data-pending={props.pending ? 'true' : undefined}
    >
      {props.pending && <i className="weui-loading chat-dev__pending" aria-hidden="true" />}
      {id ? (
        <button
          type="button"
          className="chat-dev__link"
          title={t('inspectHint')}
          onClick={() => inspect(id)}
        >
          {text}
        </button>
      ) : (
        text
      )}
    </div>
  )
}
