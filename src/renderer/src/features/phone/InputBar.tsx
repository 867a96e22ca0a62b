/**
 * WeChat's input bar: a text box (Enter sends, Shift+Enter is a new line), the send button, and a
 * "+" panel that sends the other message types with realistic values. With a menu, a button at
 * the left switches back to it.
 */
import { useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PushValues } from '../../../../shared/model/catalog-types'
import { Icon } from './Icon'
import type { IconName } from './Icon'
import { MediaSheet } from './MediaSheet'
import { locationValues } from './menu-events'
import type { Place } from './menu-events'
import type { Outgoing } from './outgoing'
import type { PhoneMediaType, PhoneSendMedia } from './use-phone-send'
import './bars.css'

/** Resolves true when delivered; a text that was not sent goes back into the input. */
export type SendFn = (typeId: string, values: PushValues, preview: Outgoing) => Promise<boolean>

export function InputBar(props: {
  onSend: SendFn
  place: Place
  onMenu?: (() => void) | undefined
  onSendMedia: PhoneSendMedia
}) {
  const { t } = useTranslation('phone')
  const [text, setText] = useState('')
  const [plus, setPlus] = useState(false)
  const [sheet, setSheet] = useState<PhoneMediaType>()
  const plusButton = useRef<HTMLButtonElement>(null)
  const sendText = () => {
    if (text.trim() === '') return
    const sent = text
    setText('')
    void props.onSend('text', { Content: sent }, { kind: 'text', content: sent }).then((ok) => {
      // Not sent (mpsim unreachable, refused): give the words back unless new ones were typed.
      if (!ok) setText((now) => (now === '' ? sent : now))
    })
  }
  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault()
      sendText()
    }
  }
  const { place } = props
  const extras: { id: string; label: string; icon: IconName; run: () => void }[] = [
    {
      id: 'location',
      label: t('plus.location'),
      icon: 'pin',
      run: () =>
        void props.onSend('location', locationValues(place), {
          kind: 'location',
          label: place.label,
          lat: place.lat,
          lng: place.lng,
        }),
    },
    {
      id: 'image',
      label: t('plus.image'),
      icon: 'image',
      run: () => setSheet('image'),
    },
    {
      id: 'link',
      label: t('plus.link'),
      icon: 'link',
      run: () => {
        const title = t('defaults.linkTitle')
        const description = t('defaults.linkDescription')
        const url = 'https://mp.weixin.qq.com/'
        void props.onSend(
          'link',
          { Title: title, Description: description, Url: url },
          { kind: 'link', title, description, url },
        )
      },
    },
    {
      id: 'voice',
      label: t('plus.voice'),
      icon: 'mic',
      run: () => setSheet('voice'),
    },
    {
      id: 'video',
      label: t('plus.video'),
      icon: 'video',
      run: () => setSheet('video'),
    },
  ]
  return (
    <div className="phone-input-wrap">
      <div className="phone-input">
        {props.onMenu && (
          <button
            type="button"
            className="phone-input__icon"
            data-testid="phone-input-menu"
            aria-label={t('menu')}
            title={t('menu')}
            onClick={props.onMenu}
          >
            <Icon name="menu" size={18} />
          </button>
        )}
        <textarea
          className="phone-input__text"
          data-testid="phone-input"
          rows={1}
          value={text}
          placeholder={t('inputPlaceholder')}
          aria-label={t('inputPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKey}
        />
        {text.trim() === '' ? (
          <button
            type="button"
            className="phone-input__icon"
            data-testid="phone-plus"
            ref={plusButton}
            aria-label={t('more')}
            aria-expanded={plus}
            onClick={() => setPlus(!plus)}
          >
            <Icon name="plus" size={18} />
          </button>
        ) : (
          <button
            type="button"
            className="weui-btn weui-btn_mini weui-btn_primary phone-input__send"
            data-testid="phone-send"
            onClick={sendText}
          >
            {t('send')}
          </button>
        )}
      </div>
      {plus && (
        <div
          className="phone-plus"
          role="group"
          aria-label={t('more')}
          onKeyDown={(e) => e.key === 'Escape' && setPlus(false)}
        >
          {extras.map((x) => (
            <button
              key={x.id}
              type="button"
              className="phone-plus__item"
              data-testid={`phone-plus-${x.id}`}
              onClick={() => {
                setPlus(false)
                x.run()
              }}
            >
              <span className="phone-plus__icon">
                <Icon name={x.icon} size={26} />
              </span>
              {x.label}
            </button>
          ))}
        </div>
      )}
      {sheet && (
        <MediaSheet
          type={sheet}
          onPick={(file) => {
            setSheet(undefined)
            plusButton.current?.focus()
            void props.onSendMedia(sheet, file)
          }}
          onClose={() => {
            setSheet(undefined)
            plusButton.current?.focus()
          }}
        />
      )}
    </div>
  )
}
