/** The inspector (stub: the inspector feature replaces this file). */
import { useTranslation } from 'react-i18next'

export function InspectorPanel() {
  const { t } = useTranslation('inspector')
  return <section data-testid="inspector">{t('title')}</section>
}
