/**
 * A template message as WeChat draws it (protocol.md §10.4, docs/api-messaging.md): a white card
 * with the template's title, its content with the bot's data filled in — "label：value" lines as
 * rows, others as paragraphs — and "详情" when the bot gave a url (opened in the phone's WeChat
 * browser). A template the account does not have shows its id and the raw data, keyword by
 * keyword.
 */
import { useTranslation } from 'react-i18next'
import { PhoneLink } from '../phone-browser/PhoneLink'
import type { TemplateView } from './bot-views'

/** "订单号：123" → a row; a label is short, as in WeChat's templates. */
const ROW = /^([^：:\n]{1,16})[：:]\s*(.*)$/

export function TemplateCard(props: { view: TemplateView }) {
  const { t } = useTranslation('phone')
  const v = props.view
  const titled = v.title !== undefined
  return (
    <div
      className="bubble bubble_card bubble_template"
      data-testid="phone-template"
      data-rendered={v.rendered ? 'true' : 'false'}
    >
      <div
        className="bubble__title"
        data-testid="phone-template-title"
        title={t('bubble.templateIdHint', { id: v.templateId })}
      >
        {v.title ?? t('bubble.template')}
      </div>
      {!titled && (
        <div className="bubble__meta mono" title={t('bubble.templateNoTitle')}>
          {v.templateId}
        </div>
      )}
      {v.rendered ? <Rendered lines={v.rendered} /> : <Raw view={v} />}
      {v.url && (
        <PhoneLink className="bubble__more" href={v.url}>
          <span>{t('bubble.details')}</span>
          <span aria-hidden="true">›</span>
        </PhoneLink>
      )}
    </div>
  )
}

function Rendered(props: { lines: readonly string[] }) {
  const parts: ({ row: [string, string] } | { text: string })[] = props.lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const m = ROW.exec(line)
      return m ? { row: [m[1]!, m[2]!] } : { text: line }
    })
  return (
    <div className="bubble__rendered" data-testid="phone-template-lines">
      {parts.map((part, i) =>
        'row' in part ? (
          <dl className="bubble__fields" key={i}>
            <div>
              <dt>{part.row[0]}</dt>
              <dd>{part.row[1]}</dd>
            </div>
          </dl>
        ) : (
          <p className="bubble__line" key={i}>
            {part.text}
          </p>
        ),
      )}
    </div>
  )
}

function Raw(props: { view: TemplateView }) {
  const v = props.view
  return (
    <>
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
    </>
  )
}
