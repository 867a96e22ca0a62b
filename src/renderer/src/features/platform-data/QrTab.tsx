/**
 * The account's QR codes (/cgi-bin/qrcode/create, docs/api-images.md): the picture showqrcode
 * serves, the scene, when it expires; "Scan with the phone" scans it as the user holding the phone,
 * so the bot gets the SCAN (or subscribe) event with that scene, as after a real scan.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { QrCodeItem } from '../../../../shared/control/platform-data-schemas'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'
import { RequestError } from '../../components/RequestError'
import { useEngineStore } from '../../state/engine-store'
import { useNavigation } from '../../state/navigation'
import { formatSimTime } from './format'
import { ListFrame } from './ListFrame'
import { RefreshButton } from './MediaTab'
import { useLiveList } from './use-live-list'

type Scan = { ticket: string; ok: true } | { ticket: string; ok: false; error: ControlClientError }

export function QrTab() {
  const { t } = useTranslation('platformData')
  const client = useControlClient()
  const store = useEngineStore()
  const { go } = useNavigation()
  const list = useLiveList('listQrCodes')
  const [scan, setScan] = useState<Scan>()
  const [busy, setBusy] = useState<string>()
  const items = list.output?.items ?? []
  const holder = store.setup?.users.find(
    (u) => u.openid === store.openid && u.accountId === store.accountId,
  )

  const scanIt = async (item: QrCodeItem) => {
    if (!holder) return
    setBusy(item.ticket)
    setScan(undefined)
    try {
      const answer = await client.scanQrCode({ ticket: item.ticket, openid: holder.openid })
      if (answer.exchange) store.rememberExchange(answer.exchange)
      setScan({ ticket: item.ticket, ok: true })
    } catch (error) {
      const e =
        error instanceof ControlClientError
          ? error
          : new ControlClientError('scanQrCode', 'bad-response', 0, String(error))
      setScan({ ticket: item.ticket, ok: false, error: e })
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <div data-testid="pd-qr">
      <div className="pd-bar">
        <span className="pd-muted">
          {holder ? t('qr.scanAs', { name: holder.nickname }) : t('qr.noUser')} {t('simClock')}
        </span>
        <span className="pd-spacer" />
        <RefreshButton onClick={list.refresh} busy={list.loading} />
      </div>
      <ListFrame
        id="qr"
        output={list.output}
        error={list.error}
        empty={items.length === 0}
        emptyText={t('qr.empty')}
        onRetry={list.refresh}
      >
        <ul className="pd-cards">
          {items.map((item) => (
            <li
              key={item.ticket}
              className="pd-qr card"
              data-testid="pd-qr-item"
              data-ticket={item.ticket}
            >
              <img
                className="pd-qr__img"
                src={item.imageUrl}
                alt={t('qr.image', { scene: item.scene })}
                width={132}
                height={132}
              />
              <dl className="pd-qr__facts">
                <div>
                  <dt>{t('qr.scene')}</dt>
                  <dd className="mono" data-testid="pd-qr-scene">
                    {item.scene}
                  </dd>
                </div>
                <div>
                  <dt>{t('qr.action')}</dt>
                  <dd className="mono">{item.action}</dd>
                </div>
                <div>
                  <dt>{t('qr.created')}</dt>
                  <dd>{formatSimTime(item.createdAt)}</dd>
                </div>
                <div>
                  <dt>{t('qr.expires')}</dt>
                  <dd>
                    {item.expired ? (
                      <span className="pd-badge pd-badge_warn">{t('qr.expired')}</span>
                    ) : item.expiresAt === undefined ? (
                      t('qr.permanent')
                    ) : (
                      formatSimTime(item.expiresAt)
                    )}
                  </dd>
                </div>
              </dl>
              <button
                type="button"
                className="weui-btn weui-btn_mini weui-btn_primary pd-qr__scan"
                data-testid="pd-qr-scan"
                disabled={!holder || busy !== undefined}
                onClick={() => void scanIt(item)}
              >
                {t('qr.scan')}
              </button>
              {scan?.ticket === item.ticket &&
                (scan.ok ? (
                  <p className="pd-ok" role="status" data-testid="pd-qr-scanned">
                    {t('qr.scanned')}{' '}
                    <button type="button" className="pd-link" onClick={() => go('chat')}>
                      {t('qr.openChat')}
                    </button>
                  </p>
                ) : (
                  <RequestError error={scan.error} testId="pd-qr-scan-error" />
                ))}
            </li>
          ))}
        </ul>
      </ListFrame>
    </div>
  )
}
