/**
 * The inside of an Official Account bubble, for every reply type the phone can show (protocol.md §7.2),
 * and the template card (protocol.md §10.4). Messages the bot sent through the API carry a faint note
 * saying so: WeChat draws them like any reply, but the developer wants to know the path.
 */
import { useTranslation } from 'react-i18next'
import type { PhoneMessageDto } from '../../../../shared/control/workspace-schemas'
import type { BotView } from './bot-views'
import { Icon } from './Icon'
import { MediaImage, MediaThumb, MediaVideo, MediaVoice } from './MediaViews'
import { NewsCard } from './NewsCard'
import { RichText } from './rich-text'
import { TemplateCard } from './TemplateCard'

export function BotContent(props: {
  view: BotView
  source: PhoneMessageDto['source']
  exchangeId?: string | undefined
}) {
  const { t } = useTranslation('phone')
  return (
    <div className="chat-row__body">
      <ViewContent view={props.view} exchangeId={props.exchangeId} />
      {props.source === 'custom-send' && (
        <span className="chat-row__via">{t('bubble.viaCustomSend')}</span>
      )}
      {props.source === 'mass-send' && (
        <span className="chat-row__via">{t('bubble.viaMassSend')}</span>
      )}
    </div>
  )
}

function ViewContent(props: { view: BotView; exchangeId?: string | undefined }) {
  const { t } = useTranslation('phone')
  const v = props.view
  const at = { side: 'bot', exchangeId: props.exchangeId } as const
  switch (v.kind) {
    case 'text':
      return (
        <div className="bubble bubble_bot">
          <RichText content={v.content} />
        </div>
      )
    case 'image':
      return <MediaImage mediaId={v.mediaId} {...at} />
    case 'voice':
      return <MediaVoice mediaId={v.mediaId} {...at} />
    case 'video':
      return (
        <MediaVideo
          mediaId={v.mediaId}
          {...at}
          {...(v.title ? { title: v.title } : {})}
          {...(v.description ? { description: v.description } : {})}
        />
      )
    case 'music':
      return (
        <div className="bubble bubble_card bubble_music">
          <span className="bubble__music-icon">
            <Icon name="note" size={22} />
            {v.thumbMediaId && (
              <MediaThumb mediaId={v.thumbMediaId} className="bubble__music-thumb" />
            )}
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
