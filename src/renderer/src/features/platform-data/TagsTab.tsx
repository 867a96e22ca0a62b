/**
 * The account's user tags (/cgi-bin/tags/*, docs/api-audience.md) with how many users carry each,
 * and the blacklist: the users whose messages no longer reach the bot.
 */
import { useTranslation } from 'react-i18next'
import { useEngineStore } from '../../state/engine-store'
import { ListFrame } from './ListFrame'
import { RefreshButton } from './MediaTab'
import { useLiveList } from './use-live-list'

/** WeChat's own tags (0, 1, 2: 星标组 and the like) cannot be changed by a bot. */
const SYSTEM_TAG_MAX = 2

export function TagsTab() {
  const { t } = useTranslation('platformData')
  const store = useEngineStore()
  const list = useLiveList('listTags')
  const items = list.output?.items ?? []
  const blacklist = list.output?.blacklist ?? []
  const nameOf = (openid: string) =>
    store.setup?.users.find((u) => u.openid === openid && u.accountId === store.accountId)?.nickname
  return (
    <div data-testid="pd-tags">
      <div className="pd-bar">
        <span className="pd-spacer" />
        <RefreshButton onClick={list.refresh} busy={list.loading} />
      </div>
      <ListFrame
        id="tags"
        output={list.output}
        error={list.error}
        empty={false}
        emptyText=""
        onRetry={list.refresh}
      >
        {items.length === 0 ? (
          <p className="pd-empty" data-testid="pd-tags-empty">
            {t('tags.empty')}
          </p>
        ) : (
          <div className="pd-table-wrap">
            <table className="pd-table pd-table_narrow">
              <thead>
                <tr>
                  <th scope="col">{t('tags.id')}</th>
                  <th scope="col">{t('tags.name')}</th>
                  <th scope="col">{t('tags.count')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((tag) => (
                  <tr key={tag.id} data-testid="pd-tag-row" data-tag-id={tag.id}>
                    <td className="pd-num mono">{tag.id}</td>
                    <td>
                      {tag.name}
                      {tag.id <= SYSTEM_TAG_MAX && (
                        <span className="pd-badge">{t('tags.system')}</span>
                      )}
                    </td>
                    <td className="pd-num">{tag.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3 className="pd-h3">{t('tags.blacklist')}</h3>
        {blacklist.length === 0 ? (
          <p className="pd-empty" data-testid="pd-blacklist-empty">
            {t('tags.blacklistEmpty')}
          </p>
        ) : (
          <ul className="pd-blacklist" data-testid="pd-blacklist">
            {blacklist.map((openid) => (
              <li key={openid}>
                {nameOf(openid) && <span>{nameOf(openid)}</span>}{' '}
                <code className="pd-id">{openid}</code>
              </li>
            ))}
          </ul>
        )}
      </ListFrame>
    </div>
  )
}
