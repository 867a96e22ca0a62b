/**
 * The simulated phone: the user switcher above a WeChat chat in a phone frame — the account's name,
 * the conversation (what the user sent, what the bot answered, customer-service messages, system
 * tips with a way into the inspector), and the input bar or the custom menu at the bottom. A page
 * opened from the chat covers it in WeChat's in-app browser (features/phone-browser).
 */
import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SimUser } from '../../../../shared/model/sim-user'
import { useEngineStore } from '../../state/engine-store'
import { usePhoneBrowserFrame } from '../../state/phone-browser'
import { BrowserSheet } from '../phone-browser/BrowserSheet'
import { PhoneBrowserView } from '../phone-browser/PhoneBrowserView'
import { ChatLog } from './ChatLog'
import { Icon } from './Icon'
import { InputBar } from './InputBar'
import { MenuBar } from './MenuBar'
import { PHONE_SPOT } from './menu-events'
import type { Place } from './menu-events'
import { UserDialog, blankUser } from './UserDialog'
import { UserSwitcher } from './UserSwitcher'
import { usePhoneActions } from './use-phone-actions'
import { usePhoneSend } from './use-phone-send'
import { useMenu } from './use-menu'
import { useTyping } from './typing'
import './phone.css'

export function Phone() {
  const { t } = useTranslation('phone')
  const { t: tb } = useTranslation('phoneBrowser')
  const store = useEngineStore()
  const { send, sendMedia, pending, error, clearError } = usePhoneSend()
  const label = t('defaults.location')
  const place = useMemo<Place>(() => ({ ...PHONE_SPOT, label }), [label])
  const { tapMenu, toggleFollow, following } = usePhoneActions(send, place)
  const menu = useMenu()
  const [showKeyboard, setShowKeyboard] = useState(false)
  const [editing, setEditing] = useState<{ user: SimUser; isNew: boolean }>()
  const browser = usePhoneBrowserFrame()
  const [addressSheet, setAddressSheet] = useState(false)
  const moreButton = useRef<HTMLButtonElement>(null)

  const account = store.setup?.accounts.find((a) => a.id === store.accountId)
  const users = useMemo(
    () => store.setup?.users.filter((u) => u.accountId === store.accountId) ?? [],
    [store.setup, store.accountId],
  )
  const user = users.find((u) => u.openid === store.openid)
  const people = {
    userName: user?.nickname ?? '?',
    userAvatar: user?.headimgurl,
    accountName: account?.name ?? 'mpsim',
  }

  const typing = useTyping(store.phoneMessages, store.accountId, store.openid)
  const useMenuBar = menu.length > 0 && !showKeyboard
  return (
    <section className="phone-area" data-testid="phone-area" aria-label={t('title')}>
      <UserSwitcher
        users={users}
        current={store.openid}
        onPick={store.setOpenid}
        onAdd={() =>
          store.accountId && setEditing({ user: blankUser(store.accountId), isNew: true })
        }
        onEdit={(u) => setEditing({ user: u, isNew: false })}
        onFollow={(u) => void toggleFollow(u)}
        busy={following}
      />
      <div className="phone" data-testid="phone" data-loaded={store.loaded ? 'true' : 'false'}>
        <div className="phone__status" aria-hidden="true">
          <span>9:41</span>
          <span className="phone__signal">●●●● 5G ▮</span>
        </div>
        <div className="phone__screen">
          {/* Covered by the browser: out of reach of the keyboard and screen readers too. */}
          <div className="phone__chat-screen" inert={browser.shown}>
            <div className="phone__nav">
              <span className="phone__back" aria-hidden="true">
                ‹
              </span>
              {/* WeChat swaps the name for "typing…" while the bot says it is typing. */}
              <h2
                className="phone__title"
                data-testid="phone-title"
                data-typing={typing ? 'true' : undefined}
                aria-live="polite"
              >
                {typing ? (
                  <span data-testid="phone-typing">{t('typing')}</span>
                ) : (
                  people.accountName
                )}
              </h2>
              {/* The way to open any address. WeChat has no address bar: people open a page by
                  tapping a link in a chat, and find a screen's other actions behind its ···. So
                  the chat's ··· holds the address field (a globe button would be foreign to
                  WeChat's screens). */}
              <button
                type="button"
                className="phone__dots"
                aria-label={tb('chatMore')}
                title={tb('chatMore')}
                aria-haspopup="dialog"
                aria-expanded={addressSheet}
                data-testid="phone-more"
                ref={moreButton}
                onClick={() => setAddressSheet(true)}
              >
                <Icon name="more" size={22} weight={3.2} />
              </button>
            </div>
            <ChatLog
              people={people}
              pending={pending.filter((p) => p.openid === store.openid)}
              error={error}
              onClearError={clearError}
            />
            {user && !user.subscribed ? (
              <div className="phone__unfollowed" data-testid="phone-unfollowed">
                <p>{t('unfollowedNotice')}</p>
                <button
                  type="button"
                  className="weui-btn weui-btn_mini weui-btn_primary"
                  data-testid="phone-unfollowed-follow"
                  disabled={following}
                  onClick={() => void toggleFollow(user)}
                >
                  {t('follow')}
                </button>
              </div>
            ) : useMenuBar ? (
              <MenuBar
                buttons={menu}
                onKeyboard={() => setShowKeyboard(true)}
                onTap={(button) => void tapMenu(button)}
              />
            ) : (
              <InputBar
                place={place}
                onSend={(typeId, values, preview) => send(typeId, values, preview)}
                onSendMedia={sendMedia}
                onMenu={menu.length > 0 ? () => setShowKeyboard(false) : undefined}
              />
            )}
          </div>
          {browser.shown && <PhoneBrowserView fallbackFocus={moreButton} />}
          {addressSheet && !browser.shown && (
            <BrowserSheet page={undefined} onClose={() => setAddressSheet(false)} />
          )}
        </div>
      </div>
      {menu.length === 0 && (
        <p className="phone__hint" data-testid="phone-no-menu">
          {t('noMenu')}
        </p>
      )}
      {editing && (
        <UserDialog
          user={editing.user}
          isNew={editing.isNew}
          onClose={(saved) => {
            setEditing(undefined)
            if (saved) {
              void store.refreshSetup().then(() => store.setOpenid(saved.openid))
            }
          }}
        />
      )}
    </section>
  )
}
