/**
 * The workspace's language: 跟随系统 / 中文 / English. Choosing also switches this window at once
 * (the top bar's switch changes only the window, not the workspace).
 */
import { useTranslation } from 'react-i18next'
import { applyLanguageChoice } from './language-choice'
import type { LanguageChoice as Choice } from './language-choice'

const CHOICES: readonly Choice[] = ['auto', 'zh-CN', 'en']

export function LanguageCell(props: { value: Choice; onChange: (choice: Choice) => void }) {
  const { t } = useTranslation('settings')
  return (
    <div className="weui-cell s-cell">
      <div className="weui-cell__hd">
        <label className="weui-label s-label" htmlFor="s-language">
          {t('prefs.language')}
        </label>
      </div>
      <div className="weui-cell__bd">
        <select
          id="s-language"
          className="s-select"
          data-testid="settings-language"
          aria-describedby="s-language-help"
          value={props.value}
          onChange={(e) => {
            const choice = e.target.value as Choice
            applyLanguageChoice(choice)
            props.onChange(choice)
          }}
        >
          {CHOICES.map((choice) => (
            <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice}>
              {t(`prefs.languages.${choice}`)}
            </option>
          ))}
        </select>
        <p className="s-help" id="s-language-help">
          {t('prefs.languageHelp')}
        </p>
      </div>
    </div>
  )
}
