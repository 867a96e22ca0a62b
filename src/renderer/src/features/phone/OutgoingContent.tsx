/** The inside of the user's own bubble: their text, photo, place, shared link or media. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from './Icon'
import { MediaVideo, MediaVoice } from './MediaViews'
import type { Outgoing } from './outgoing'
import { RichText } from './rich-text'

export function OutgoingContent(props: { message: Outgoing; exchangeId?: string | undefined }) {
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
    case 'video':
    case 'shortvideo':
      // Still sending (no MediaId yet): the placeholder; then the file the user sent.
      if (m.mediaId === '') return <MediaPlaceholder kind={m.kind} />
      return (
        <div className="chat-row__body chat-row__body_user">
          {m.kind === 'voice' ? (
            <MediaVoice mediaId={m.mediaId} side="user" exchangeId={props.exchangeId} />
          ) : (
            <MediaVideo mediaId={m.mediaId} side="user" exchangeId={props.exchangeId} />
          )}
        </div>
      )
    case 'event':
      return <div className="bubble bubble_user">[{m.event}]</div>
    case 'unknown':
      return <div className="bubble bubble_user">[{m.msgType || '?'}]</div>
  }
}

function MediaPlaceholder(props: { kind: 'voice' | 'video' | 'shortvideo' }) {
  const { t } = useTranslation('phone')
  if (props.kind === 'voice') {
    return (
      <div className="bubble bubble_user bubble_voice-out">
        <Icon name="mic" size={16} /> {t('bubble.voice')}
      </div>
    )
  }
  return (
    <div className="bubble bubble_placeholder">
      <span className="bubble__ph-icon">
        <Icon name="play" size={30} />
      </span>
      <span>{t(`bubble.${props.kind}`)}</span>
    </div>
  )
}

/**
 * The user's photo. PicUrl is often a WeChat CDN address the app may not load (only loopback is
 * allowed), and a sending photo has none yet: then a picture placeholder, never a broken image.
 */
function Photo(props: { url: string }) {
  const { t } = useTranslation('phone')
  const [failed, setFailed] = useState(false)
  // A photo being sent shows the picked file itself (a data: address) until its PicUrl is known.
  const loadable = /^(https?:\/\/(127\.0\.0\.1|localhost)[:/]|data:image\/)/i.test(props.url)
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
