/**
 * The account's users with the tags each carries (a checkbox per tag, as the admin page's "打标签")
 * and a blacklist switch (拉黑). Each change is one setUserTags / setBlacklisted command.
 */
import { useTranslation } from 'react-i18next'
import type { Output } from '../../../../shared/control/contract'
import type { Setup } from '../../state/engine-store'

type Tag = Output<'listTags'>['items'][number]
type User = Setup['users'][number]

export function TagUsers(props: {
  users: readonly User[]
  tags: readonly Tag[]
  blacklist: readonly string[]
  busy: boolean
  onSetTags: (openid: string, tagIds: number[]) => void
  onSetBlacklisted: (openid: string, blacklisted: boolean) => void
}) {
  const { t } = useTranslation('platformData')
  if (props.users.length === 0) {
    return (
      <p className="pd-empty" data-testid="pd-tag-users-empty">
        {t('tags.noUsers')}
      </p>
    )
  }
  return (
    <div className="pd-table-wrap">
      <table className="pd-table" data-testid="pd-tag-users">
        <thead>
          <tr>
            <th scope="col">{t('tags.user')}</th>
            <th scope="col">{t('tags.userTags')}</th>
            <th scope="col">{t('tags.blacklisted')}</th>
          </tr>
        </thead>
        <tbody>
          {props.users.map((user) => {
            const name = user.nickname || user.openid
            const blocked = props.blacklist.includes(user.openid)
            const toggle = (id: number, on: boolean) => {
              const rest = user.tagIds.filter((x) => x !== id)
              props.onSetTags(user.openid, on ? [...rest, id] : rest)
            }
            return (
              <tr key={user.openid} data-testid="pd-tag-user" data-openid={user.openid}>
                <th scope="row" className="pd-user">
                  <span className="pd-user__name">{name}</span>
                  {!user.subscribed && <span className="pd-badge">{t('tags.unfollowed')}</span>}
                  <code className="pd-id">{user.openid}</code>
                </th>
                <td>
                  {props.tags.length === 0 ? (
                    <span className="pd-muted">{t('tags.noTags')}</span>
                  ) : (
                    <div className="pd-chips" role="group" aria-label={t('tags.tagsOf', { name })}>
                      {props.tags.map((tag) => {
                        const on = user.tagIds.includes(tag.id)
                        return (
                          <label
                            key={tag.id}
                            className={on ? 'pd-chip pd-chip_on' : 'pd-chip'}
                            data-testid="pd-user-tag"
                            data-tag-id={tag.id}
                          >
                            <input
                              type="checkbox"
                              className="pd-chip__box"
                              checked={on}
                              disabled={props.busy}
                              onChange={(e) => toggle(tag.id, e.target.checked)}
                            />
                            <span>{tag.name}</span>
                          </label>
                        )
                      })}
                    </div>
                  )}
                </td>
                <td>
                  <input
                    type="checkbox"
                    className="weui-switch pd-switch"
                    data-testid="pd-user-blacklist"
                    aria-label={t('tags.blacklistOf', { name })}
                    checked={blocked}
                    disabled={props.busy}
                    onChange={(e) => props.onSetBlacklisted(user.openid, e.target.checked)}
                  />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
