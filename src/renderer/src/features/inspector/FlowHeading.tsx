/** Above the list when it shows one walk: which walk, how many hops, and the way back to all. */
import { useTranslation } from 'react-i18next'
import type { Flow } from './flows'

export function FlowHeading(props: { flow: Flow; onShowAll: () => void; testId: string }) {
  const { t } = useTranslation('inspector')
  const { flow } = props
  return (
    <div className="x-flow-heading" data-testid={props.testId} data-walk-id={flow.walkId}>
      <span>{t('flow.listHeading', { n: flow.number, count: flow.hops.length })}</span>
      <button
        type="button"
        className="x-link"
        data-testid={`${props.testId}-all`}
        onClick={props.onShowAll}
      >
        {t('flow.showAll')}
      </button>
    </div>
  )
}
