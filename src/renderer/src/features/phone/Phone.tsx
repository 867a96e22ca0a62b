/** The simulated WeChat phone (stub: the phone feature replaces this file). */
import { useTranslation } from 'react-i18next'

export function Phone() {
  const { t } = useTranslation('phone')
  return <section data-testid="phone">{t('title')}</section>
}
