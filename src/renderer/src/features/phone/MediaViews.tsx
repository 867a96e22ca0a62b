/**
 * Pictures, voices and videos in the chat as the phone shows them, loaded from the mock
 * platform's media store by media_id (getMedia → previewUrl). A media_id the store does not know,
 * or one that expired (temporary media lasts 3 days), shows what WeChat's phone shows — a grey
 * broken picture — with a note saying why, which opens the exchange when there is one.
 */
import { useRef, useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { MediaItem } from '../../../../shared/control/platform-data-schemas'
import { useNavigation } from '../../state/navigation'
import { Icon } from './Icon'
import { useMedia } from './use-media'
import './media.css'

type Side = 'bot' | 'user'

export interface MediaProps {
  readonly mediaId: string
  readonly side: Side
  readonly exchangeId?: string | undefined
}

export function MediaImage(props: MediaProps) {
  const { t } = useTranslation('phone')
  const [failed, setFailed] = useState(false)
  return (
    <WithMedia {...props}>
      {(item) =>
        failed ? (
          <Broken {...props} why="unloadable" />
        ) : (
          <div className="bubble bubble_media" data-testid="phone-media" data-media="image">
            <img
              className="bubble__img"
              src={item.previewUrl}
              alt={t('bubble.image')}
              title={t('bubble.mediaIdHint', { id: props.mediaId })}
              onError={() => setFailed(true)}
            />
          </div>
        )
      }
    </WithMedia>
  )
}

export function MediaVideo(props: MediaProps & { title?: string; description?: string }) {
  const { t } = useTranslation('phone')
  return (
    <WithMedia {...props}>
      {(item) => (
        <div
          className="bubble bubble_media bubble_video-media"
          data-testid="phone-media"
          data-media="video"
        >
          <video
            className="bubble__video"
            src={item.previewUrl}
            controls
            preload="metadata"
            aria-label={props.title ?? t('bubble.video')}
            title={t('bubble.mediaIdHint', { id: props.mediaId })}
          />
          {(props.title || props.description) && (
            <div className="bubble__video-text">
              {props.title && <div className="bubble__title">{props.title}</div>}
              {props.description && <div className="bubble__desc">{props.description}</div>}
            </div>
          )}
        </div>
      )}
    </WithMedia>
  )
}

export function MediaVoice(props: MediaProps) {
  return <WithMedia {...props}>{(item) => <Voice item={item} side={props.side} />}</WithMedia>
}

/** A thumbnail (music's thumb_media_id): the picture, or nothing when it cannot be shown. */
export function MediaThumb(props: { mediaId: string; className: string }) {
  const state = useMedia(props.mediaId)
  if (state.status !== 'found' || state.item.expired) return undefined
  return <img className={props.className} src={state.item.previewUrl} alt="" />
}

/** WeChat's voice bubble: wider the longer it is, the length in seconds, tap to play. */
function Voice(props: { item: MediaItem; side: Side }) {
  const { t } = useTranslation('phone')
  const audio = useRef<HTMLAudioElement>(null)
  const [playing, setPlaying] = useState(false)
  const { item } = props
  const seconds = Math.max(1, Math.round(item.durationSec ?? 1))
  const width = Math.min(220, 70 + seconds * 4)
  // AMR, WeChat's own voice format, plays on phones but no browser can: say so.
  const playable =
    typeof document !== 'undefined' &&
    document.createElement('audio').canPlayType(item.contentType) !== ''
  const cls = `bubble bubble_${props.side} bubble_voice-media bubble_voice-media_${props.side}`
  const length = <span className="bubble__voice-len">{t('bubble.seconds', { n: seconds })}</span>
  const waves = (
    <span className={`bubble__waves${playing ? ' bubble__waves_on' : ''}`} aria-hidden="true">
      <Icon name="waves" size={18} />
    </span>
  )
  if (!playable) {
    return (
      <span
        className={cls}
        style={{ width }}
        data-testid="phone-media"
        data-media="voice"
        data-playable="false"
        title={t('bubble.voiceCannotPlay', { type: item.contentType, id: item.mediaId })}
        role="img"
        aria-label={t('bubble.voiceLabel', { n: seconds })}
      >
        {props.side === 'bot' ? (
          <>
            {waves}
            {length}
          </>
        ) : (
          <>
            {length}
            {waves}
          </>
        )}
      </span>
    )
  }
  const toggle = () => {
    const el = audio.current
    if (!el) return
    if (el.paused) void el.play().catch(() => setPlaying(false))
    else el.pause()
  }
  return (
    <button
      type="button"
      className={cls}
      style={{ width }}
      data-testid="phone-media"
      data-media="voice"
      data-playable="true"
      aria-label={t(playing ? 'bubble.voicePause' : 'bubble.voicePlay', { n: seconds })}
      aria-pressed={playing}
      title={t('bubble.mediaIdHint', { id: item.mediaId })}
      onClick={toggle}
    >
      {props.side === 'bot' ? (
        <>
          {waves}
          {length}
        </>
      ) : (
        <>
          {length}
          {waves}
        </>
      )}
      <audio
        ref={audio}
        src={item.previewUrl}
        preload="none"
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
      />
    </button>
  )
}

/** Loads the item, then draws it; draws the loading box or the broken picture otherwise. */
function WithMedia(props: MediaProps & { children: (item: MediaItem) => ReactNode }) {
  const state = useMedia(props.mediaId)
  switch (state.status) {
    case 'loading':
      return (
        <div className="bubble bubble_placeholder bubble_loading" aria-busy="true">
          <i className="weui-loading" aria-hidden="true" />
        </div>
      )
    case 'unknown':
      return <Broken {...props} why={props.mediaId === '' ? 'empty' : 'unknown'} />
    case 'failed':
      return <Broken {...props} why="unasked" />
    case 'found':
      return state.item.expired ? <Broken {...props} why="expired" /> : props.children(state.item)
  }
}

type Why = 'unknown' | 'expired' | 'empty' | 'unloadable' | 'unasked'

/** WeChat's grey broken picture, and mpsim's note under it. */
function Broken(props: MediaProps & { why: Why }) {
  const { t } = useTranslation('phone')
  const { inspect } = useNavigation()
  const note = t(`bubble.broken.${props.why}`, { id: props.mediaId })
  const id = props.exchangeId
  return (
    <>
      <div
        className="bubble bubble_broken"
        data-testid="phone-media-broken"
        data-why={props.why}
        role="img"
        aria-label={t('bubble.brokenLabel')}
        title={props.mediaId}
      >
        <Icon name="broken" size={34} />
      </div>
      {id ? (
        <button
          type="button"
          className="chat-row__note chat-row__note_link"
          data-testid="phone-media-why"
          title={t('inspectHint')}
          onClick={() => inspect(id)}
        >
          {note}
        </button>
      ) : (
        <span className="chat-row__note" data-testid="phone-media-why">
          {note}
        </span>
      )}
    </>
  )
}
