/**
 * Editing one template as the account's template library holds it: the title, the content with
 * {{key.DATA}} slots (what message/template/send fills in, one line per row of the card), and the
 * example shown next to it on the admin page.
 */
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { TemplateItem } from '../../../../shared/control/platform-data-schemas'

export interface TemplateDraft {
  title: string
  content: string
  example: string
}

export function TemplateForm(props: {
  initial?: TemplateItem | undefined
  saving: boolean
  onSave: (draft: TemplateDraft) => void
  onCancel: () => void
}) {
  const { t } = useTranslation('platformData')
  const [draft, setDraft] = useState<TemplateDraft>({
    title: props.initial?.title ?? '',
    content: props.initial?.content ?? '{{first.DATA}}\n订单号：{{keyword1.DATA}}\n{{remark.DATA}}',
    example: props.initial?.example ?? '',
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    props.onSave({ ...draft, title: draft.title.trim() })
  }
  const id = props.initial?.templateId ?? 'new'
  const heading = props.initial ? t('templates.editTitle') : t('templates.newTitle')
  return (
    <form
      className="pd-form card"
      data-testid="pd-template-form"
      aria-label={heading}
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      <h3 className="pd-h3">{heading}</h3>
      <label className="pd-field" htmlFor={`pd-tpl-title-${id}`}>
        {t('templates.titleField')}
      </label>
      <input
        id={`pd-tpl-title-${id}`}
        className="pd-input"
        data-testid="pd-template-title"
        value={draft.title}
        required
        maxLength={64}
        autoFocus
        onChange={(e) => setDraft({ ...draft, title: e.target.value })}
      />
      <label className="pd-field" htmlFor={`pd-tpl-content-${id}`}>
        {t('templates.content')}
      </label>
      <textarea
        id={`pd-tpl-content-${id}`}
        className="pd-input pd-textarea mono"
        data-testid="pd-template-content"
        value={draft.content}
        required
        maxLength={2000}
        rows={6}
        aria-describedby={`pd-tpl-help-${id}`}
        onChange={(e) => setDraft({ ...draft, content: e.target.value })}
      />
      <p className="pd-help" id={`pd-tpl-help-${id}`}>
        {t('templates.contentHelp', { slot: '{{key.DATA}}', sample: '订单号：{{keyword1.DATA}}' })}
      </p>
      <label className="pd-field" htmlFor={`pd-tpl-example-${id}`}>
        {t('templates.example')}
      </label>
      <textarea
        id={`pd-tpl-example-${id}`}
        className="pd-input pd-textarea"
        data-testid="pd-template-example"
        value={draft.example}
        maxLength={2000}
        rows={4}
        onChange={(e) => setDraft({ ...draft, example: e.target.value })}
      />
      <div className="pd-form__ft">
        <button
          type="button"
          className="weui-btn weui-btn_mini weui-btn_default"
          onClick={props.onCancel}
        >
          {t('templates.cancel')}
        </button>
        <button
          type="submit"
          className="weui-btn weui-btn_mini weui-btn_primary"
          data-testid="pd-template-save"
          disabled={props.saving || draft.title.trim() === '' || draft.content.trim() === ''}
        >
          {t('templates.save')}
        </button>
      </div>
    </form>
  )
}
