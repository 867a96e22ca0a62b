/** What the push tests beyond its content: mode, Content-Type, a wrong signature, age, old key. */
import { useTranslation } from 'react-i18next'
import type { EncryptionMode } from '../../../../shared/model/account'

export interface SendOptionsValue {
  readonly mode: EncryptionMode | undefined
  readonly contentType: string
  readonly wrongSignature: boolean
  readonly staleSeconds: number
  readonly usePreviousKey: boolean
}

export const DEFAULT_OPTIONS: SendOptionsValue = {
  mode: undefined,
  contentType: '',
  wrongSignature: false,
  staleSeconds: 0,
  usePreviousKey: false,
}

export function overridesOf(o: SendOptionsValue) {
  return {
    ...(o.contentType.trim() ? { contentType: o.contentType.trim() } : {}),
    ...(o.wrongSignature ? { wrongSignature: true } : {}),
    ...(o.staleSeconds > 0 ? { staleSeconds: o.staleSeconds } : {}),
    ...(o.usePreviousKey ? { usePreviousKey: true } : {}),
  }
}

export function SendOptions(props: {
  value: SendOptionsValue
  accountMode: EncryptionMode | undefined
  hasPreviousKey: boolean
  onChange: (value: SendOptionsValue) => void
}) {
  const { t } = useTranslation('composer')
  const { value, onChange } = props
  const mode = value.mode ?? props.accountMode ?? 'plain'
  const set = (patch: Partial<SendOptionsValue>) => onChange({ ...value, ...patch })
  return (
    <details className="cf-options" data-testid="composer-options" open={value !== DEFAULT_OPTIONS}>
      <summary data-testid="composer-options-toggle">{t('options')}</summary>
      <div className="cf-field">
        <label className="cf-label" htmlFor="cf-mode">
          {t('mode')}
        </label>
        <select
          id="cf-mode"
          className="cf-input"
          data-testid="composer-mode"
          value={mode}
          onChange={(e) => set({ mode: e.target.value as EncryptionMode })}
        >
          {(['plain', 'compatible', 'safe'] as const).map((m) => (
            <option key={m} value={m}>
              {t(`modes.${m}`)}
            </option>
          ))}
        </select>
        <p className="cf-help">{t('modeHelp')}</p>
      </div>
      <div className="cf-field">
        <label className="cf-label" htmlFor="cf-content-type">
          {t('contentType')}
        </label>
        <input
          id="cf-content-type"
          className="cf-input mono"
          data-testid="composer-content-type"
          list="cf-content-types"
          placeholder="text/xml"
          value={value.contentType}
          onChange={(e) => set({ contentType: e.target.value })}
        />
        <datalist id="cf-content-types">
          <option value="text/xml" />
          <option value="application/xml" />
          <option value="application/json" />
          <option value="text/plain" />
        </datalist>
        <p className="cf-help">{t('contentTypeHelp')}</p>
      </div>
      <label className="cf-check">
        <input
          type="checkbox"
          data-testid="composer-wrong-signature"
          checked={value.wrongSignature}
          onChange={(e) => set({ wrongSignature: e.target.checked })}
        />
        <span>
          {t('wrongSignature')}
          <span className="cf-help">{t('wrongSignatureHelp')}</span>
        </span>
      </label>
      <div className="cf-field">
        <label className="cf-label" htmlFor="cf-stale">
          {t('stale')}
        </label>
        <input
          id="cf-stale"
          className="cf-input cf-input_short"
          data-testid="composer-stale"
          type="number"
          min={0}
          max={10_000_000}
          value={value.staleSeconds}
          onChange={(e) =>
            set({ staleSeconds: Math.max(0, Math.floor(Number(e.target.value) || 0)) })
          }
        />
        <p className="cf-help">{t('staleHelp')}</p>
      </div>
      <label className="cf-check">
        <input
          type="checkbox"
          data-testid="composer-previous-key"
          checked={value.usePreviousKey}
          disabled={!props.hasPreviousKey || mode === 'plain'}
          onChange={(e) => set({ usePreviousKey: e.target.checked })}
        />
        <span>
          {t('previousKey')}
          <span className="cf-help">
            {!props.hasPreviousKey
              ? t('noPreviousKey')
              : mode === 'plain'
                ? t('previousKeyPlain')
                : t('previousKeyHelp')}
          </span>
        </span>
      </label>
    </details>
  )
}
