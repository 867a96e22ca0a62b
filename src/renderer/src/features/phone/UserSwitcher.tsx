/**
 * Who holds the phone: the account's simulated users as avatars, with their follow state. Pick one
 * to chat as them; add or edit users; follow/unfollow sends the events WeChat would send.
 */
import { useTranslation } from 'react-i18next'
import type { SimUser } from '../../../../shared/model/sim-user'
import { Avatar } from './Avatar'
import './user-switcher.css'

export function UserSwitcher(props: {
  users: readonly SimUser[]
  current: string | undefined
  onPick: (openid: string) => void
  onAdd: () => void
  onEdit: (user: SimUser) => void
  onFollow: (user: SimUser) => void
  busy: boolean
}) {
  const { t } = useTranslation('phone')
  const current = props.users.find((u) => u.openid === props.current)
  return (
    <div className="user-switcher" data-testid="phone-user-switcher">
      <div className="user-switcher__hd">
        <h2 className="user-switcher__title">{t('users')}</h2>
        <button
          type="button"
          className="weui-btn weui-btn_mini weui-btn_default"
          data-testid="phone-user-add"
          onClick={props.onAdd}
        >
          {t('addUser')}
        </button>
      </div>
      <ul className="user-switcher__list" role="listbox" aria-label={t('users')}>
        {props.users.map((user) => (
          <li key={user.openid} role="none">
            <button
              type="button"
              role="option"
              aria-selected={user.openid === props.current}
              className={`user-chip${user.openid === props.current ? ' user-chip_on' : ''}`}
              data-testid={`phone-user-${user.openid}`}
              title={user.openid}
              onClick={() => props.onPick(user.openid)}
            >
              <Avatar name={user.nickname} src={user.headimgurl} size={32} />
              <span className="user-chip__name">{user.nickname}</span>
              <span className={`user-chip__state${user.subscribed ? '' : ' user-chip__state_off'}`}>
                {user.subscribed ? t('subscribed') : t('unsubscribed')}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {current && (
        <div className="user-switcher__actions">
          <span className="user-switcher__openid mono">{current.openid}</span>
          <button
            type="button"
            className="weui-btn weui-btn_mini weui-btn_default"
            data-testid="phone-user-edit"
            onClick={() => props.onEdit(current)}
          >
            {t('editUser')}
          </button>
          <button
            type="button"
            className={`weui-btn weui-btn_mini ${current.subscribed ? 'weui-btn_default' : 'weui-btn_primary'}`}
            data-testid="phone-follow-toggle"
            disabled={props.busy}
            onClick={() => props.onFollow(current)}
          >
            {current.subscribed ? t('unfollow') : t('follow')}
          </button>
        </div>
      )}
    </div>
  )
}
