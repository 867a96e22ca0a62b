/**
 * The honest placeholder for a panel a later version fills: what it will do, and a way to the
 * part that works today. No fake data.
 */
import { useTranslation } from 'react-i18next'
import type { ComingPanelId, NavKey } from './panels'
import { Prose } from '../../components/Prose'

export function ComingSoon(props: { panel: ComingPanelId; label: NavKey; onOpenLab: () => void }) {
  const { t } = useTranslation()
  const key = props.panel
  return (
    <section className="coming-soon" data-testid={`coming-soon-${key}`}>
      <div className="coming-soon__icon" aria-hidden="true">
        <i className="weui-icon-info-circle weui-icon_msg" />
      </div>
      <h1 className="coming-soon__title">{t(`nav.${props.label}`)}</h1>
      <p className="coming-soon__badge">{t('soon.badge')}</p>
      <p className="coming-soon__summary">
        <Prose text={t(`soon.${key}.summary`)} />
      </p>
      <div className="coming-soon__plan">
        <p>{t('soon.intro')}</p>
        <ul>
          <li>
            <Prose text={t(`soon.${key}.p1`)} />
          </li>
          <li>
            <Prose text={t(`soon.${key}.p2`)} />
          </li>
          <li>
            <Prose text={t(`soon.${key}.p3`)} />
          </li>
        </ul>
      </div>
      <p className="coming-soon__now">{t('soon.now')}</p>
      <button
        type="button"
        className="weui-btn weui-btn_primary weui-btn_medium"
        data-testid="coming-soon-open-lab"
        onClick={props.onOpenLab}
      >
        {t('soon.openLab')}
      </button>
    </section>
  )
}
