/** The message composer (stub: the composer feature replaces this file). */
import { useTranslation } from 'react-i18next'

export function Composer() {
  const { t } = useTranslation('composer')
  return <section data-testid="composer">{t('title')}</section>
}
