/** The inside of the user's own bubble: their text, photo, place, shared link or media. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from './Icon'
import type { Outgoing } from './outgoing'
import { RichText } from './rich-text'

export function OutgoingContent(props: { message: Outgoing }) {
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
      return <Photo url={m.picUrl} />
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
        <div className="bubble bubble_card bubble_link" title={m.url}>
          <div className="bubble__title">{m.title}</div>
          <div className="bubble__link-row">
            <span className="bubble__desc">{m.description}</span>
            <span className="bubble__link-icon" aria-hidden="true">
              <Icon name="link" size={22} />
            </span>
          </div>
        </div>
      )
    case 'voice':
      return (
        <div
          className="bubble bubble_user bubble_voice-out"
          title={t('bubble.mediaHint', { id: m.mediaId })}
        >
          <Icon name="mic" size={16} /> {t('bubble.voice')}
        </div>
      )
    case 'video':
    case 'shortvideo':
      return (
        <div className="bubble bubble_placeholder" title={t('bubble.mediaHint', { id: m.mediaId })}>
          <span className="bubble__ph-icon">
            <Icon name="play" size={30} />
          </span>
          <span>{t(`bubble.${m.kind}`)}</span>
        </div>
      )
    case 'event':
      return <div className="bubble bubble_user">[{m.event}]</div>
    case 'unknown':
      return <div className="bubble bubble_user">[{m.msgType || '?'}]</div>
  }
}

/**
 * The user's photo. PicUrl is often a WeChat CDN address the app may not load (only loopback is
 * allowed), and a sending photo has none yet: then a picture placeholder, never a broken image.
 */
function Photo(props: { url: string }) {
  const { t } = useTranslation('phone')
  const [failed, setFailed] = useState(false)
  const loadable = /^https?:\/\/(127\.0\.0\.1|localhost)[:/]/i.test(props.url)
  if (!loadable || failed) {
    return (
      <div
        className="bubble bubble_placeholder"
        title={props.url ? t('bubble.picUrlHint', { url: props.url }) : undefined}
      >
        <span className="bubble__ph-icon">
          <Icon name="image" size={30} />
        </span>
        <span>{t('bubble.image')}</span>
      </div>
    )
  }
  return (
    <div className="bubble bubble_media">
      <img
        className="bubble__img"
        src={props.url}
        alt={t('bubble.image')}
        onError={() => setFailed(true)}
      />
    </div>
  )
}
