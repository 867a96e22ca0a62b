/** Why the signature sort is byte-wise (protocol.md §0 #5): a short, always-visible note. */
import { useTranslation } from 'react-i18next'

export function SortWhy() {
  const { t } = useTranslation()
  return (
    <aside className="note" data-testid="lab-sort-why">
      <h4 className="note__title">{t('lab.sortWhy.title')}</h4>
      <p className="note__body">{t('lab.sortWhy.body')}</p>
    </aside>
  )
}
