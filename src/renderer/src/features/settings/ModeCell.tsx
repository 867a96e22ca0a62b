/** 消息加解密方式: the three modes as a radio group, each with its one-line meaning. */
import { useTranslation } from 'react-i18next'
import type { EncryptionMode } from '../../../../shared/model/account'

const MODES: readonly EncryptionMode[] = ['plain', 'compatible', 'safe']

export function ModeCell(props: {
  value: EncryptionMode
  onChange: (mode: EncryptionMode) => void
}) {
  const { t } = useTranslation('settings')
  return (
    <div className="weui-cell s-cell">
      <div className="weui-cell__hd">
        <span className="weui-label s-label" id="s-mode-label">
          {t('account.mode')}
        </span>
      </div>
      <div
        className="weui-cell__bd s-radios"
        role="radiogroup"
        aria-labelledby="s-mode-label"
        data-testid="settings-account-mode"
        data-value={props.value}
      >
        {MODES.map((mode) => (
          <label key={mode} className="s-radio">
            <input
              type="radio"
              name="s-mode"
              value={mode}
              data-testid={`settings-mode-${mode}`}
              checked={props.value === mode}
              onChange={() => props.onChange(mode)}
            />
            {t(`account.modes.${mode}`)}
          </label>
        ))}
      </div>
    </div>
  )
}
