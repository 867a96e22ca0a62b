/**
 * A template message as WeChat draws it (protocol.md §10.4): a white card with the template's name (mpsim
 * registers no templates, so its id), the `first` line, one row per keyword, the `remark`, and
 * "详情" when the bot gave a url (opened in the phone's WeChat browser).
 */
import { useTranslation } from 'react-i18next'
import { PhoneLink } from '../phone-browser/PhoneLink'
import type { TemplateView } from './bot-views'

export function TemplateCard(props: { view: TemplateView }) {
  const { t } = useTranslation('phone')
  const v = props.view
  return (
    <div className="bubble bubble_card bubble_template">
      <div className="bubble__title">{t('bubble.template')}</div>
      <div className="bubble__meta mono" title={t('bubble.templateIdHint')}>
        {v.templateId}
      </div>
      {v.first && <div className="bubble__first">{v.first}</div>}
      {v.fields.length > 0 && (
        <dl className="bubble__fields">
          {v.fields.map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {v.remark && <div className="bubble__remark">{v.remark}</div>}
      {v.url && (
        <PhoneLink className="bubble__more" href={v.url}>
          <span>{t('bubble.details')}</span>
          <span aria-hidden="true">›</span>
        </PhoneLink>
      )}
    </div>
  )
}
