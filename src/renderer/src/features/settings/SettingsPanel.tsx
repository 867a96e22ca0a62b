/** Settings (stub: the settings feature replaces this file). */
import { useTranslation } from 'react-i18next'

export function SettingsPanel() {
  const { t } = useTranslation('settings')
  return <section data-testid="settings">{t('title')}</section>
}
