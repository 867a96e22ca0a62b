/**
 * The + panel's photo, voice and video entries: WeChat opens the album or the recorder; here the
 * user picks a file from the computer (the file types WeChat accepts for that message) or sends
 * the sample mpsim ships. A WeUI action sheet at the bottom of the phone, as WeChat's own.
 */
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { PhoneMediaType } from './use-phone-send'
import './media.css'

/** What the file picker offers per type: the formats WeChat's media/upload accepts. */
export const ACCEPT: Record<PhoneMediaType, string> = {
  image: 'image/jpeg,image/png,image/gif,.jpg,.jpeg,.png,.gif',
  voice: 'audio/amr,audio/mpeg,.amr,.mp3',
  video: 'video/mp4,.mp4',
}

export function MediaSheet(props: {
  type: PhoneMediaType
  onPick: (file?: File) => void
  onClose: () => void
}) {
  const { t } = useTranslation('phone')
  const input = useRef<HTMLInputElement>(null)
  const first = useRef<HTMLButtonElement>(null)
  useEffect(() => first.current?.focus(), [])
  const title = t(`sheet.title.${props.type}`)
  return (
    <div
      className="phone-sheet"
      role="dialog"
      aria-modal="true"
      aria-label={title}
      data-testid="phone-media-sheet"
      onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
    >
      <div className="phone-sheet__mask" onClick={props.onClose} />
      <div className="phone-sheet__box">
        <p className="phone-sheet__title">{title}</p>
        <button
          type="button"
          className="phone-sheet__item"
          data-testid="phone-media-pick"
          ref={first}
          onClick={() => input.current?.click()}
        >
          {t('sheet.pick')}
        </button>
        <button
          type="button"
          className="phone-sheet__item"
          data-testid="phone-media-sample"
          onClick={() => props.onPick()}
        >
          {t('sheet.sample')}
        </button>
        <button
          type="button"
          className="phone-sheet__item phone-sheet__cancel"
          data-testid="phone-media-cancel"
          onClick={props.onClose}
        >
          {t('dialog.cancel')}
        </button>
        <input
          ref={input}
          type="file"
          hidden
          accept={ACCEPT[props.type]}
          data-testid="phone-media-file"
          aria-label={t('sheet.pick')}
          onChange={(e) => {
            const file = e.target.files?.[0]
            if (file) props.onPick(file)
          }}
        />
      </div>
    </div>
  )
}
