/**
 * The inside of an Official Account bubble, for every reply type the phone can show (protocol.md §7.2),
 * and the template card (protocol.md §10.4). Messages the bot sent through the API carry a faint note
 * saying so: WeChat draws them like any reply, but the developer wants to know the path.
 */
import { useTranslation } from 'react-i18next'
import type { PhoneMessageDto } from '../../../../shared/control/workspace-schemas'
import type { BotView } from './bot-views'
import { Icon } from './Icon'
import { NewsCard } from './NewsCard'
import { RichText } from './rich-text'
import { TemplateCard } from './TemplateCard'

export function BotContent(props: { view: BotView; source: PhoneMessageDto['source'] }) {
  const { t } = useTranslation('phone')
  return (
    <div className="chat-row__body">
      <ViewContent view={props.view} />
      {props.source === 'custom-send' && (
        <span className="chat-row__via">{t('bubble.viaCustomSend')}</span>
      )}
    </div>
  )
}

function ViewContent(props: { view: BotView }) {
  const { t } = useTranslation('phone')
  const v = props.view
  switch (v.kind) {
    case 'text':
      return (
        <div className="bubble bubble_bot">
          <RichText content={v.content} />
        </div>
      )
    case 'image':
      return (
        <div className="bubble bubble_placeholder" title={t('bubble.mediaHint', { id: v.mediaId })}>
          <span className="bubble__ph-icon">
            <Icon name="image" size={30} />
          </span>
          <span>{t('bubble.image')}</span>
          <code className="bubble__media-id">{v.mediaId}</code>
        </div>
      )
    case 'voice':
      return (
        <div
          className="bubble bubble_bot bubble_voice"
          title={t('bubble.mediaHint', { id: v.mediaId })}
        >
          <Icon name="mic" size={18} /> {t('bubble.voice')}
          <code className="bubble__media-id">{v.mediaId}</code>
        </div>
      )
    case 'video':
      return (
        <div
          className="bubble bubble_placeholder bubble_video"
          title={t('bubble.mediaHint', { id: v.mediaId })}
        >
          <span className="bubble__ph-icon">
            <Icon name="play" size={30} />
          </span>
          <span>{v.title ?? t('bubble.video')}</span>
          {v.description && <span className="bubble__desc">{v.description}</span>}
          <code className="bubble__media-id">{v.mediaId}</code>
        </div>
      )
    case 'music':
      return (
        <div className="bubble bubble_card bubble_music">
          <span className="bubble__music-icon">
            <Icon name="note" size={22} />
          </span>
          <div className="bubble__music-text">
            <div className="bubble__title">{v.title ?? t('bubble.music')}</div>
            {v.description && <div className="bubble__desc">{v.description}</div>}
          </div>
          {v.musicUrl && (
            <a
              className="bubble__music-link"
              href={v.musicUrl}
              target="_blank"
              rel="noreferrer noopener"
            >
              {t('bubble.music')}
            </a>
          )}
        </div>
      )
    case 'news':
      return <NewsCard articles={v.articles} />
    case 'template':
      return <TemplateCard view={v} />
    case 'other':
      return (
        <div className="bubble bubble_bot" title={t('bubble.otherHint')}>
          [{t('bubble.unknown', { type: v.msgType })}]
        </div>
      )
  }
}
