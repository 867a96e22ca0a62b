/**
 * FullStr = random(16) | msg_len(4, big-endian) | message | AppID (protocol.md §8.2), drawn as a byte bar
 * and listed part by part with the values the core reported.
 */
import { useTranslation } from 'react-i18next'
import type { CryptoLayersDto } from '../../../../shared/control/lab-schemas'
import { uint32BigEndianHex } from './format'

export function FullStrLayout(props: { layers: CryptoLayersDto }) {
  const { t } = useTranslation()
  const { layers } = props
  const appIdBytes = layers.fullStrBytes - 20 - layers.msgLen
  const segments = [
    { key: 'random', label: t('lab.layers.random'), bytes: 16 },
    { key: 'msglen', label: t('lab.layers.msgLen'), bytes: 4 },
    { key: 'message', label: t('lab.layers.message'), bytes: layers.msgLen },
    { key: 'appid', label: t('lab.layers.appId'), bytes: appIdBytes },
  ]
  return (
    <div className="fullstr" data-testid="lab-fullstr">
      <div className="bytebar" aria-hidden="true">
        {segments.map((s) => (
          <div
            key={s.key}
            className={`bytebar__seg bytebar__seg_${s.key}`}
            style={{ flexGrow: Math.max(s.bytes, 1) }}
          >
            <span className="bytebar__label">{s.label}</span>
            <span className="bytebar__bytes">{s.bytes}</span>
          </div>
        ))}
      </div>
      <dl className="kv">
        <div className="kv__row">
          <dt>{t('lab.layers.random')}</dt>
          <dd data-testid="lab-fullstr-random">
            <span className="mono wrap">{layers.random}</span>
            <span className="kv__aside mono wrap">hex {spaced(layers.randomHex)}</span>
          </dd>
        </div>
        <div className="kv__row">
          <dt>{t('lab.layers.msgLen')}</dt>
          <dd data-testid="lab-fullstr-msglen">
            <span className="mono">
              {layers.msgLen} = {uint32BigEndianHex(layers.msgLen)}
            </span>
            <span className="kv__aside">{t('lab.layers.msgLenNote')}</span>
          </dd>
        </div>
        <div className="kv__row">
          <dt>{t('lab.layers.message')}</dt>
          <dd>
            <span className="mono wrap pre" data-testid="lab-fullstr-message">
              {layers.message}
            </span>
            <span className="kv__aside">{t('common.bytes', { count: layers.msgLen })} (UTF-8)</span>
          </dd>
        </div>
        <div className="kv__row">
          <dt>{t('lab.layers.appId')}</dt>
          <dd>
            <span className="mono wrap" data-testid="lab-fullstr-appid">
              {layers.receiveId}
            </span>
            <span className="kv__aside">{t('common.bytes', { count: appIdBytes })}</span>
          </dd>
        </div>
      </dl>
      <p className="fullstr__total" data-testid="lab-fullstr-bytes">
        {t('lab.layers.fullStrTotal', { count: layers.fullStrBytes })}
      </p>
    </div>
  )
}

/** "3730…" → "37 30 …": byte-grouped hex is easier to count. */
function spaced(hex: string): string {
  return (hex.match(/../g) ?? []).join(' ')
}
