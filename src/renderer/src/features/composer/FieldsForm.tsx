/**
 * The form of one push type, drawn from its catalogue fields: text inputs (with the values seen on
 * the wire as suggestions), groups as fieldsets, lists as items that can be added and removed.
 * Every field says whether it is required, what it defaults to, and what it means.
 */
import { useTranslation } from 'react-i18next'
import type { CatalogField, ScalarField } from '../../../../shared/model/catalog-types'
import type { FormValues } from './form-values'
import { setValue } from './form-values'

type Lang = 'zh' | 'en'

export function FieldsForm(props: {
  fields: readonly CatalogField[]
  values: FormValues
  onChange: (values: FormValues) => void
  lang: Lang
  errors: Readonly<Record<string, string>>
  path?: string
}) {
  return (
    <>
      {props.fields.map((field) => {
        const path = props.path ? `${props.path}.${field.name}` : field.name
        const value = props.values[field.name]
        const change = (next: unknown) => props.onChange(setValue(props.values, field.name, next))
        if (field.kind === 'group') {
          return (
            <fieldset className="cf-group" key={field.name}>
              <legend>
                <FieldLabel field={field} lang={props.lang} />
              </legend>
              <FieldsForm
                fields={field.fields}
                values={(value ?? {}) as FormValues}
                onChange={(v) => change(Object.keys(v).length === 0 ? undefined : v)}
                lang={props.lang}
                errors={props.errors}
                path={path}
              />
            </fieldset>
          )
        }
        if (field.kind === 'list') {
          return (
            <ListEditor
              key={field.name}
              field={field}
              items={Array.isArray(value) ? (value as FormValues[]) : undefined}
              onChange={change}
              lang={props.lang}
              errors={props.errors}
              path={path}
            />
          )
        }
        return (
          <ScalarInput
            key={field.name}
            field={field}
            value={
              // A repeated element (fail_idx) is edited as one comma-separated line.
              field.repeated && Array.isArray(value)
                ? value.join(', ')
                : typeof value === 'string'
                  ? value
                  : ''
            }
            onChange={
              field.repeated
                ? (text) => {
                    const parts = text.split(',').map((part) => part.trim())
                    change(parts.every((part) => part === '') ? undefined : parts)
                  }
                : change
            }
            lang={props.lang}
            error={props.errors[path]}
            path={path}
          />
        )
      })}
    </>
  )
}

function FieldLabel(props: { field: CatalogField; lang: Lang }) {
  const { t } = useTranslation('composer')
  return (
    <>
      <span className="cf-label__name mono">{props.field.name}</span>
      <span className="cf-label__text">{props.field.label[props.lang]}</span>
      <span className={`cf-tag${props.field.required ? ' cf-tag_req' : ''}`}>
        {props.field.required ? t('required') : t('optional')}
      </span>
    </>
  )
}

function ScalarInput(props: {
  field: ScalarField
  value: string
  onChange: (value: string) => void
  lang: Lang
  error: string | undefined
  path: string
}) {
  const { t } = useTranslation('composer')
  const { field } = props
  const d = field.default
  const placeholder =
    d.kind === 'generate'
      ? t('generated')
      : d.kind === 'absent'
        ? t('leftOut')
        : d.kind === 'count-of'
          ? t('countOf', { list: d.list })
          : t('defaultValue', { value: d.value })
  const listId = field.suggestions ? `cf-suggest-${props.path}` : undefined
  const multiline = field.name === 'Content' || field.name === 'Description'
  const common = {
    id: `cf-${props.path}`,
    className: 'cf-input',
    'data-testid': `composer-field-${props.path}`,
    value: props.value,
    placeholder,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': `cf-help-${props.path}`,
  }
  return (
    <div className={`cf-field${props.error ? ' cf-field_error' : ''}`}>
      <label className="cf-label" htmlFor={common.id}>
        <FieldLabel field={field} lang={props.lang} />
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} list={listId} onChange={(e) => props.onChange(e.target.value)} />
      )}
      {listId && (
        <datalist id={listId}>
          {field.suggestions?.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      <p className="cf-help" id={`cf-help-${props.path}`}>
        {field.help[props.lang]}
      </p>
      {props.error && (
        <p className="cf-error" role="alert" data-testid={`composer-error-${props.path}`}>
          {props.error}
        </p>
      )}
    </div>
  )
}

function ListEditor(props: {
  field: Extract<CatalogField, { kind: 'list' }>
  items: FormValues[] | undefined
  onChange: (items: FormValues[] | undefined) => void
  lang: Lang
  errors: Readonly<Record<string, string>>
  path: string
}) {
  const { t } = useTranslation('composer')
  const { field, items } = props
  const defaultCount = field.default.kind === 'items' ? field.default.count : 0
  return (
    <fieldset className="cf-group">
      <legend>
        <FieldLabel field={field} lang={props.lang} />
      </legend>
      <p className="cf-help">{field.help[props.lang]}</p>
      {items === undefined ? (
        <div className="cf-list-actions">
          <span className="cf-help">{t('listDefault', { count: defaultCount })}</span>
          <button
            type="button"
            className="weui-btn weui-btn_mini weui-btn_default"
            onClick={() =>
              props.onChange(Array.from({ length: Math.max(1, defaultCount) }, () => ({})))
            }
          >
            {t('customize')}
          </button>
        </div>
      ) : (
        <>
          {items.map((item, index) => (
            <div className="cf-item" key={index}>
              <div className="cf-item__hd">
                <span>{t('item', { n: index + 1 })}</span>
                <button
                  type="button"
                  className="cf-link cf-link_danger"
                  onClick={() => props.onChange(items.filter((_, i) => i !== index))}
                >
                  {t('removeItem')}
                </button>
              </div>
              <FieldsForm
                fields={field.fields}
                values={item}
                onChange={(v) => props.onChange(items.map((old, i) => (i === index ? v : old)))}
                lang={props.lang}
                errors={props.errors}
                path={`${props.path}[${index}]`}
              />
            </div>
          ))}
          <div className="cf-list-actions">
            <button
              type="button"
              className="weui-btn weui-btn_mini weui-btn_default"
              onClick={() => props.onChange([...items, {}])}
            >
              {t('addItem')}
            </button>
            <button type="button" className="cf-link" onClick={() => props.onChange(undefined)}>
              {t('useDefaults')}
            </button>
          </div>
        </>
      )}
    </fieldset>
  )
}
