/**
 * The account's private templates (get_all_private_template, docs/api-messaging.md): what
 * message/template/send accepts and what the phone's template card shows. Add, edit and delete
 * them here as on the admin page (putTemplate / deleteTemplate).
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TemplateItem } from '../../../../shared/control/platform-data-schemas'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'
import { RequestError } from '../../components/RequestError'
import { ListFrame } from './ListFrame'
import { RefreshButton } from './MediaTab'
import { TemplateForm } from './TemplateForm'
import type { TemplateDraft } from './TemplateForm'
import { useLiveList } from './use-live-list'

/** Which form is open: a new template, or one by id. */
type Editing = { kind: 'new' } | { kind: 'edit'; templateId: string }

export function TemplatesTab() {
  const { t } = useTranslation('platformData')
  const client = useControlClient()
  const list = useLiveList('listTemplates')
  const [editing, setEditing] = useState<Editing>()
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<ControlClientError>()
  const [saved, setSaved] = useState(false)
  const items = list.output?.items ?? []

  const failed = (error: unknown) =>
    setFailure(
      error instanceof ControlClientError
        ? error
        : new ControlClientError('putTemplate', 'bad-response', 0, String(error)),
    )

  const save = async (draft: TemplateDraft, initial?: TemplateItem) => {
    if (!list.accountId) return
    setSaving(true)
    setFailure(undefined)
    setSaved(false)
    try {
      const next = await client.putTemplate({
        accountId: list.accountId,
        ...(initial ? { templateId: initial.templateId } : {}),
        title: draft.title,
        content: draft.content,
        example: draft.example,
        ...(initial
          ? { primaryIndustry: initial.primaryIndustry, deputyIndustry: initial.deputyIndustry }
          : {}),
      })
      list.replace(next)
      setEditing(undefined)
      setSaved(true)
    } catch (error) {
      failed(error)
    } finally {
      setSaving(false)
    }
  }

  const remove = async (item: TemplateItem) => {
    if (!list.accountId) return
    if (!window.confirm(t('templates.confirmDelete', { title: item.title }))) return
    setFailure(undefined)
    setSaved(false)
    try {
      list.replace(
        await client.deleteTemplate({ accountId: list.accountId, templateId: item.templateId }),
      )
    } catch (error) {
      failed(error)
    }
  }

  return (
    <div data-testid="pd-templates">
      <div className="pd-bar">
        <button
          type="button"
          className="weui-btn weui-btn_mini weui-btn_primary pd-add"
          data-testid="pd-template-add"
          disabled={editing?.kind === 'new'}
          onClick={() => {
            setSaved(false)
            setEditing({ kind: 'new' })
          }}
        >
          {t('templates.add')}
        </button>
        <span className="pd-spacer" />
        <RefreshButton onClick={list.refresh} busy={list.loading} />
      </div>
      {failure && <RequestError error={failure} testId="pd-template-error" />}
      {saved && (
        <p className="pd-ok" role="status" data-testid="pd-template-saved">
          {t('templates.saved')}
        </p>
      )}
      {editing?.kind === 'new' && (
        <TemplateForm
          saving={saving}
          onSave={(draft) => void save(draft)}
          onCancel={() => setEditing(undefined)}
        />
      )}
      <ListFrame
        id="templates"
        output={list.output}
        error={list.error}
        empty={items.length === 0}
        emptyText={t('templates.empty')}
        onRetry={list.refresh}
      >
        <ul className="pd-templates">
          {items.map((item) =>
            editing?.kind === 'edit' && editing.templateId === item.templateId ? (
              <li key={item.templateId}>
                <TemplateForm
                  initial={item}
                  saving={saving}
                  onSave={(draft) => void save(draft, item)}
                  onCancel={() => setEditing(undefined)}
                />
              </li>
            ) : (
              <li
                key={item.templateId}
                className="pd-template card"
                data-testid="pd-template"
                data-template-id={item.templateId}
              >
                <div className="pd-template__hd">
                  <h3 className="pd-template__title" data-testid="pd-template-name">
                    {item.title}
                  </h3>
                  <span className="pd-spacer" />
                  <button
                    type="button"
                    className="weui-btn weui-btn_mini weui-btn_default"
                    data-testid="pd-template-edit"
                    aria-label={t('templates.editLabel', { title: item.title })}
                    onClick={() => {
                      setSaved(false)
                      setEditing({ kind: 'edit', templateId: item.templateId })
                    }}
                  >
                    {t('templates.edit')}
                  </button>
                  <button
                    type="button"
                    className="weui-btn weui-btn_mini weui-btn_default"
                    data-testid="pd-template-delete"
                    aria-label={t('templates.deleteLabel', { title: item.title })}
                    onClick={() => void remove(item)}
                  >
                    {t('templates.delete')}
                  </button>
                </div>
                <dl className="pd-template__facts">
                  <div>
                    <dt>{t('templates.id')}</dt>
                    <dd>
                      <code className="pd-id">{item.templateId}</code>
                    </dd>
                  </div>
                  {item.shortId && (
                    <div>
                      <dt>{t('templates.short')}</dt>
                      <dd className="mono">{item.shortId}</dd>
                    </div>
                  )}
                  {(item.primaryIndustry || item.deputyIndustry) && (
                    <div>
                      <dt>{t('templates.industry')}</dt>
                      <dd>
                        {[item.primaryIndustry, item.deputyIndustry].filter(Boolean).join(' / ')}
                      </dd>
                    </div>
                  )}
                </dl>
                <div className="pd-template__cols">
                  <div>
                    <h4 className="pd-h4">{t('templates.content')}</h4>
                    <pre className="pd-pre" data-testid="pd-template-content-view">
                      {item.content}
                    </pre>
                  </div>
                  {item.example && (
                    <div>
                      <h4 className="pd-h4">{t('templates.example')}</h4>
                      <pre className="pd-pre">{item.example}</pre>
                    </div>
                  )}
                </div>
              </li>
            ),
          )}
        </ul>
      </ListFrame>
    </div>
  )
}
