/**
 * WeChat's custom menu at the bottom of the chat: the keyboard switch, then up to three buttons,
 * each either an action or a pop-up of up to five items above it (protocol.md §10.5 limits). A tap hands
 * the button to the phone, which sends its event.
 */
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from './Icon'
import type { MenuButton } from './menu-events'
import { subButtons } from './menu-events'
import './bars.css'

export function MenuBar(props: {
  buttons: readonly MenuButton[]
  onKeyboard: () => void
  onTap: (button: MenuButton) => void
}) {
  const { t } = useTranslation('phone')
  const [open, setOpen] = useState<number>()
  const barRef = useRef<HTMLDivElement>(null)

  // A pop-up closes on a tap elsewhere, as in WeChat.
  useEffect(() => {
    if (open === undefined) return
    const close = (event: PointerEvent) => {
      if (!barRef.current?.contains(event.target as Node)) setOpen(undefined)
    }
    document.addEventListener('pointerdown', close)
    return () => document.removeEventListener('pointerdown', close)
  }, [open])

  const tap = (button: MenuButton) => {
    setOpen(undefined)
    props.onTap(button)
  }
  return (
    <div
      className="phone-menu"
      data-testid="phone-menu"
      ref={barRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open !== undefined) {
          e.stopPropagation()
          // Back to the button that opened the pop-up, so the keyboard is not lost.
          barRef.current?.querySelectorAll<HTMLButtonElement>('.phone-menu__btn')[open]?.focus()
          setOpen(undefined)
        }
      }}
    >
      <button
        type="button"
        className="phone-menu__kbd"
        data-testid="phone-menu-keyboard"
        aria-label={t('keyboard')}
        title={t('keyboard')}
        onClick={props.onKeyboard}
      >
        <Icon name="keyboard" />
      </button>
      {props.buttons.slice(0, 3).map((button, index) => {
        const items = subButtons(button)
        return (
          <div className="phone-menu__cell" key={index}>
            <button
              type="button"
              className="phone-menu__btn"
              data-testid="phone-menu-button"
              aria-haspopup={items.length > 0 ? 'menu' : undefined}
              aria-expanded={items.length > 0 ? open === index : undefined}
              onClick={() =>
                items.length > 0 ? setOpen(open === index ? undefined : index) : tap(button)
              }
            >
              {items.length > 0 && (
                <span className="phone-menu__lines" aria-hidden="true">
                  <Icon name="menu" size={12} />
                </span>
              )}
              <span className="phone-menu__name">{button.name}</span>
            </button>
            {open === index && items.length > 0 && (
              <ul className="phone-menu__pop" role="menu" aria-label={button.name}>
                {items.slice(0, 5).map((item, i) => (
                  <li key={i} role="none">
                    <button
                      type="button"
                      role="menuitem"
                      className="phone-menu__item"
                      data-testid="phone-menu-item"
                      // The first item takes the focus, so the keyboard can go on from there.
                      autoFocus={i === 0}
                      onClick={() => tap(item)}
                    >
                      {item.name}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )
      })}
    </div>
  )
}
