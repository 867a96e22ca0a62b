/**
 * The simulated phone: the user switcher above a WeChat chat in a phone frame — the account's name,
 * the conversation (what the user sent, what the bot answered, customer-service messages, system
 * tips with a way into the inspector), and the input bar or the custom menu at the bottom.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SimUser } from '../../../../shared/model/sim-user'
import { useControlClient } from '../../api/client-context'
import { useEngineStore } from '../../state/engine-store'
import { Bubble, UserBubble } from './Bubble'
import { InputBar } from './InputBar'
import { MenuBar } from './MenuBar'
import { buildTimeline } from './timeline'
import { UserDialog, blankUser } from './UserDialog'
import { UserSwitcher } from './UserSwitcher'
import { usePhoneSend } from './use-phone-send'
import { useMenu } from './use-menu'
import './phone.css'

export function Phone() {
  const { t } = useTranslation('phone')
  const client = useControlClient()
  const store = useEngineStore()
  const { send, pending, error, clearError } = usePhoneSend()
  const menu = useMenu()
  const [showKeyboard, setShowKeyboard] = useState(false)
  const [editing, setEditing] = useState<{ user: SimUser; isNew: boolean }>()
  const [following, setFollowing] = useState(false)
  const chatRef = useRef<HTMLDivElement>(null)

  const account = store.setup?.accounts.find((a) => a.id === store.accountId)
  const users = useMemo(
    () => store.setup?.users.filter((u) => u.accountId === store.accountId) ?? [],
    [store.setup, store.accountId],
  )
  const user = users.find((u) => u.openid === store.openid)
  const items = useMemo(
    () => buildTimeline(store.exchanges, store.phoneMessages, store.accountId, store.openid),
    [store.exchanges, store.phoneMessages, store.accountId, store.openid],
  )
  const mine = pending.filter((p) => p.openid === store.openid)

  // Keep the newest message in view, as a chat does.
  useEffect(() => {
    const chat = chatRef.current
    if (chat) chat.scrollTop = chat.scrollHeight
  }, [items.length, mine.length])

  const people = {
    userName: user?.nickname ?? '?',
    userAvatar: user?.headimgurl,
    accountName: account?.name ?? 'mpsim',
  }

  const toggleFollow = async (target: SimUser) => {
    setFollowing(true)
    try {
      await client.sendPush({
        accountId: target.accountId,
        openid: target.openid,
        typeId: target.subscribed ? 'event.unsubscribe' : 'event.subscribe',
      })
      await store.refreshSetup()
    } finally {
      setFollowing(false)
    }
  }

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
          <span>●●● 5G ▮</span>
        </div>
        <div className="phone__nav">
          <span className="phone__back" aria-hidden="true">
            ‹
          </span>
          <span className="phone__title" data-testid="phone-title">
            {people.accountName}
          </span>
          <span className="phone__dots" aria-hidden="true">
            ···
          </span>
        </div>
        <div className="phone__chat" ref={chatRef} data-testid="phone-chat" aria-live="polite">
          {items.length === 0 && mine.length === 0 && <p className="chat-empty">{t('empty')}</p>}
          {items.map((item) => (
            <Bubble key={item.key} item={item} people={people} />
          ))}
          {mine.map((p) => (
            <UserBubble key={`pending-${p.id}`} message={p.message} pending people={people} />
          ))}
          {error && (
            <div className="chat-dev chat-dev_error" role="alert" data-testid="phone-send-error">
              {t('sendFailed', { message: error })}
              <button type="button" className="chat-dev__link" onClick={clearError}>
                ✕
              </button>
            </div>
          )}
        </div>
        {user && !user.subscribed ? (
          <div className="phone__unfollowed" data-testid="phone-unfollowed">
            <p>{t('unfollowedNotice')}</p>
            <button
              type="button"
              className="weui-btn weui-btn_mini weui-btn_primary"
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
            onPush={(typeId, values, label) =>
              void send(typeId, values, {
                kind: 'event',
                event: typeId.replace('event.', ''),
                key: label,
              })
            }
          />
        ) : (
          <InputBar
            onSend={(typeId, values, preview) => void send(typeId, values, preview)}
            onMenu={menu.length > 0 ? () => setShowKeyboard(false) : undefined}
          />
        )}
      </div>
      {menu.length === 0 && <p className="phone__hint">{t('noMenu')}</p>}
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
