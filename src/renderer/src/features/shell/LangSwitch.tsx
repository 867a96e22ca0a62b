/** zh / en switch: a two-button segmented control, the pressed one being the current language. */
import { useTranslation } from 'react-i18next'
import { setLanguage } from '../../i18n'
import type { Language } from '../../i18n'

const OPTIONS: readonly { language: Language; label: 'lang.zh' | 'lang.en'; short: string }[] = [
  { language: 'zh-CN', label: 'lang.zh', short: 'zh' },
  { language: 'en', label: 'lang.en', short: 'en' },
]

export function LangSwitch() {
  const { t, i18n } = useTranslation()
  return (
    <div
      className="lang-switch"
      role="group"
      aria-label={t('lang.label')}
      data-testid="lang-switch"
    >
      {OPTIONS.map((option) => {
        const on = i18n.language === option.language
        return (
          <button
            key={option.language}
            type="button"
            lang={option.language}
            className={on ? 'lang-switch__btn lang-switch__btn_on' : 'lang-switch__btn'}
            aria-pressed={on}
            data-testid={`lang-switch-${option.short}`}
            onClick={() => setLanguage(option.language)}
          >
            {t(option.label)}
          </button>
        )
      })}
    </div>
  )
}
