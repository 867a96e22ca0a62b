/** Light / dark / system, as a small select in the top bar (the same choice as in Settings). */
import { useTranslation } from 'react-i18next'
import { THEME_CHOICES, useTheme } from '../../theme/theme'
import type { ThemeChoice } from '../../theme/theme'

export function ThemeToggle(props: { testId?: string; id?: string }) {
  const { t } = useTranslation()
  const [choice, setChoice] = useTheme()
  return (
    <select
      id={props.id}
      className="theme-toggle"
      aria-label={t('theme.label')}
      data-testid={props.testId ?? 'theme-toggle'}
      value={choice}
      onChange={(e) => setChoice(e.target.value as ThemeChoice)}
    >
      {THEME_CHOICES.map((c) => (
        <option key={c} value={c}>
          {t(`theme.${c}`)}
        </option>
      ))}
    </select>
  )
}
