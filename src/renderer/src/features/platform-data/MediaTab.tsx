/**
 * The media the platform keeps for the account (docs/api-media.md): a thumbnail, type, kind, size,
 * when it was made and when it expires on the simulated clock, who sent it; delete one to see
 * what a bot gets for a media_id that is gone.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MediaItem } from '../../../../shared/control/platform-data-schemas'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'
import { RequestError } from '../../components/RequestError'
import { forgetMedia } from '../phone/use-media'
import { formatBytes, formatSimTime } from './format'
import { ListFrame } from './ListFrame'
import { useLiveList } from './use-live-list'

export function MediaTab() {
  const { t } = useTranslation('platformData')
  const client = useControlClient()
  const list = useLiveList('listMedia')
  const [failure, setFailure] = useState<ControlClientError>()
  const [done, setDone] = useState<string>()
  const items = list.output?.items ?? []

  const remove = async (item: MediaItem) => {
    if (!list.accountId || !window.confirm(t('media.confirmDelete', { name: item.filename })))
      return
    setFailure(undefined)
    try {
      await client.deleteMedia({ accountId: list.accountId, mediaId: item.mediaId })
      forgetMedia()
      setDone(t('media.deleted', { name: item.filename }))
      list.refresh()
    } catch (error) {
      if (error instanceof ControlClientError) setFailure(error)
    }
  }

  return (
    <div data-testid="pd-media">
      <div className="pd-bar">
        {list.output && (
          <span className="pd-muted" data-testid="pd-media-used">
            {t('media.used', {
              used: formatBytes(list.output.usedBytes),
              limit: formatBytes(list.output.limitBytes),
            })}
            {' · '}
            {t('simClock')}
          </span>
        )}
        <span className="pd-spacer" />
        <RefreshButton onClick={list.refresh} busy={list.loading} />
      </div>
      {failure && <RequestError error={failure} testId="pd-media-delete-error" />}
      {done && (
        <p className="pd-ok" role="status">
          {done}
        </p>
      )}
      <ListFrame
        id="media"
        output={list.output}
        error={list.error}
        empty={items.length === 0}
        emptyText={t('media.empty')}
        onRetry={list.refresh}
      >
        <div className="pd-table-wrap">
          <table className="pd-table">
            <thead>
              <tr>
                <th scope="col">{t('media.preview')}</th>
                <th scope="col">{t('media.file')}</th>
                <th scope="col">{t('media.type')}</th>
                <th scope="col">{t('media.size')}</th>
                <th scope="col">{t('media.created')}</th>
                <th scope="col">{t('media.expires')}</th>
                <th scope="col">{t('media.origin')}</th>
                <th scope="col">
                  <span className="pd-sr">{t('media.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr
                  key={item.mediaId}
                  data-testid="pd-media-row"
                  data-media-id={item.mediaId}
                  data-expired={item.expired ? 'true' : 'false'}
                >
                  <td>
                    <Thumb item={item} />
                  </td>
                  <td className="pd-file">
                    <span className="pd-file__name">{item.filename}</span>
                    <code className="pd-id">{item.mediaId}</code>
                  </td>
                  <td>
                    {t(`media.types.${item.type}`)}
                    <span className="pd-sub">{t(`media.kinds.${item.kind}`)}</span>
                  </td>
                  <td className="pd-num">
                    {formatBytes(item.size)}
                    {item.width !== undefined && item.height !== undefined && (
                      <span className="pd-sub">
                        {item.width}×{item.height}
                      </span>
                    )}
                    {item.durationSec !== undefined && (
                      <span className="pd-sub">
                        {t('media.seconds', { n: Math.round(item.durationSec) })}
                      </span>
                    )}
                  </td>
                  <td className="pd-time">{formatSimTime(item.createdAt)}</td>
                  <td className="pd-time">
                    {item.expired ? (
                      <span className="pd-badge pd-badge_warn">{t('media.expired')}</span>
                    ) : item.expiresAt === undefined ? (
                      <span className="pd-muted">{t('media.never')}</span>
                    ) : (
                      formatSimTime(item.expiresAt)
                    )}
                  </td>
                  <td>{t(`media.origins.${item.origin}`)}</td>
                  <td>
                    <button
                      type="button"
                      className="weui-btn weui-btn_mini weui-btn_default"
                      data-testid="pd-media-delete"
                      aria-label={t('media.deleteLabel', { name: item.filename })}
                      onClick={() => void remove(item)}
                    >
                      {t('media.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ListFrame>
    </div>
  )
}

function Thumb(props: { item: MediaItem }) {
  const { item } = props
  const [failed, setFailed] = useState(false)
  if ((item.type === 'image' || item.type === 'thumb') && !failed && !item.expired) {
    return (
      <img
        className="pd-thumb"
        src={item.previewUrl}
        alt={item.filename}
        loading="lazy"
        onError={() => setFailed(true)}
      />
    )
  }
  return (
    <span className={`pd-thumb pd-thumb_${item.type}`} aria-hidden="true">
      {item.type === 'voice' ? '♪' : item.type === 'video' ? '▶' : '—'}
    </span>
  )
}

export function RefreshButton(props: { onClick: () => void; busy: boolean }) {
  const { t } = useTranslation('platformData')
  return (
    <button
      type="button"
      className="weui-btn weui-btn_mini weui-btn_default pd-refresh"
      data-testid="pd-refresh"
      aria-busy={props.busy}
      onClick={props.onClick}
    >
      {t('refresh')}
    </button>
  )
}
