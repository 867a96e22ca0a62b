/**
 * WeChat's custom menu at the bottom of the chat: up to three buttons, each either an action or a
 * pop-up of up to five items. A tap sends the button's event to the bot.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from './Icon'
import type { MenuButton } from './menu-events'
import { menuPush, subButtons } from './menu-events'

export function MenuBar(props: {
  buttons: readonly MenuButton[]
  onKeyboard: () => void
  onPush: (typeId: string, values: Record<string, string>, label: string) => void
}) {
  const { t } = useTranslation('phone')
  const [open, setOpen] = useState<number>()
  const tap = (button: MenuButton) => {
    setOpen(undefined)
    const push = menuPush(button)
    if (push) props.onPush(push.typeId, push.values, button.name)
    // A view button also opens its page, as WeChat's in-app browser would (in Electron: the
    // system browser); the VIEW event reaches the bot either way.
    if (button.type === 'view' && button.url && /^https?:\/\//i.test(button.url)) {
      window.open(button.url, '_blank', 'noopener,noreferrer')
    }
  }
  return (
    <div className="phone-menu" data-testid="phone-menu">
      <button
        type="button"
        className="phone-menu__kbd"
        aria-label={t('keyboard')}
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
              aria-expanded={items.length > 0 ? open === index : undefined}
              onClick={() =>
                items.length > 0 ? setOpen(open === index ? undefined : index) : tap(button)
              }
            >
              {items.length > 0 && (
                <span className="phone-menu__lines" aria-hidden="true">
                  ≡{' '}
                </span>
              )}
              {button.name}
            </button>
            {open === index && items.length > 0 && (
              <ul className="phone-menu__pop" role="menu">
                {items.slice(0, 5).map((item, i) => (
                  <li key={i} role="none">
                    <button
                      type="button"
                      role="menuitem"
                      className="phone-menu__item"
                      data-testid="phone-menu-item"
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
