/**
 * The composer: any catalogue type as a generated form or as XML in Monaco (switching keeps the
 * edits), the send options that test a bot's robustness, and Ctrl/Cmd+Enter to send as the user
 * on the phone.
 */
import { useMemo, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'
import { XmlEditor } from '../../components/monaco/XmlEditor'
import { explainLang } from '../../i18n'
import { useEngineStore } from '../../state/engine-store'
import { fieldErrorsOf } from './field-errors'
import { FieldsForm } from './FieldsForm'
import { fromParsed, startingValues } from './form-values'
import type { FormValues } from './form-values'
import { DEFAULT_OPTIONS, overridesOf, SendOptions } from './SendOptions'
import type { SendOptionsValue } from './SendOptions'
import { SendResult } from './SendResult'
import type { SendState } from './SendResult'
import { TypePicker } from './TypePicker'
import { useCatalog } from './use-catalog'
import { useXmlLint } from './use-xml-lint'
import { lintMarkers } from './xml-problems'
import './composer.css'

export function Composer() {
  const { t, i18n } = useTranslation('composer')
  const lang = explainLang(i18n.language)
  const client = useControlClient()
  const store = useEngineStore()
  const catalog = useCatalog()
  const [typeId, setTypeId] = useState('text')
  const [valuesByType, setValuesByType] = useState<Record<string, FormValues>>({})
  const [tab, setTab] = useState<'form' | 'xml'>('form')
  const [xml, setXml] = useState('')
  const [tabError, setTabError] = useState<string>()
  const [options, setOptions] = useState<SendOptionsValue>(DEFAULT_OPTIONS)
  const [send, setSend] = useState<SendState>({ status: 'idle' })
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const lint = useXmlLint(xml, tab === 'xml')

  const entry = catalog?.find((e) => e.id === typeId)
  const values = valuesByType[typeId] ?? (entry ? startingValues(entry.fields, typeId) : {})
  const account = store.setup?.accounts.find((a) => a.id === store.accountId)
  const user = store.setup?.users.find((u) => u.openid === store.openid)
  const completions = useMemo(
    () =>
      (entry?.fields ?? []).map((f) => ({
        name: f.name,
        documentation: `${f.label[lang]} — ${f.help[lang]}`,
        snippet:
          f.kind === 'string'
            ? `<${f.name}><![CDATA[$1]]></${f.name}>`
            : f.kind === 'number'
              ? `<${f.name}>$1</${f.name}>`
              : `<${f.name}>\n\t$1\n</${f.name}>`,
      })),
    [entry, lang],
  )
  const markers = useMemo(() => (lint ? lintMarkers(xml, lint, t) : []), [lint, xml, t])

  const toXml = async () => {
    try {
      const preview = await client.previewPush({
        ...(store.accountId ? { accountId: store.accountId } : {}),
        ...(store.openid ? { openid: store.openid } : {}),
        typeId,
        values: values,
      })
      setXml(preview.xml)
      setTab('xml')
      setTabError(undefined)
    } catch (error) {
      setTabError(error instanceof ControlClientError ? error.message : String(error))
    }
  }
  const toForm = () => {
    if (!lint?.typeId || !lint.values) {
      setTabError(t('xmlBroken', { message: lint?.problems[0]?.message ?? '…' }))
      return
    }
    setTypeId(lint.typeId)
    setValuesByType((all) => ({ ...all, [lint.typeId ?? typeId]: fromParsed(lint.values ?? {}) }))
    setTab('form')
    setTabError(undefined)
  }

  const sendNow = async (xmlNow: string = xml) => {
    if (send.status === 'sending' || !catalog) return
    setSend({ status: 'sending' })
    const common = {
      ...(store.accountId ? { accountId: store.accountId } : {}),
      ...(store.openid ? { openid: store.openid } : {}),
      ...(options.mode ? { mode: options.mode } : {}),
      overrides: overridesOf(options),
    }
    try {
      const exchange =
        tab === 'xml'
          ? await client.sendPushXml({ ...common, xml: xmlNow })
          : await client.sendPush({ ...common, typeId, values: values })
      store.rememberExchange(exchange)
      setSend({ status: 'sent', exchange })
      setFieldErrors({})
    } catch (error) {
      setFieldErrors(fieldErrorsOf(error, lang))
      setSend({ status: 'failed', message: failureText(error) })
    }
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      void sendNow()
    }
  }

  return (
    <section
      className="composer card"
      data-testid="composer"
      aria-label={t('title')}
      onKeyDown={onKeyDown}
    >
      <header className="composer__hd">
        <h2 className="composer__title">{t('title')}</h2>
        <p className="cf-help">{t('intro')}</p>
      </header>
      {catalog && (
        <TypePicker
          catalog={catalog}
          typeId={typeId}
          lang={lang}
          onChange={(id) => {
            setTypeId(id)
            if (tab === 'xml') setTab('form')
          }}
        />
      )}
      <div className="composer__tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'form'}
          className={`x-tab${tab === 'form' ? ' x-tab_on' : ''}`}
          data-testid="composer-tab-form"
          onClick={() => tab === 'xml' && toForm()}
        >
          {t('tabForm')}
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'xml'}
          className={`x-tab${tab === 'xml' ? ' x-tab_on' : ''}`}
          data-testid="composer-tab-xml"
          onClick={() => tab === 'form' && void toXml()}
        >
          {t('tabXml')}
        </button>
      </div>
      {tabError && (
        <p className="cf-error" role="alert" data-testid="composer-tab-error">
          {tabError}
        </p>
      )}
      {tab === 'form' && entry && (
        <div className="composer__form" data-testid="composer-form">
          <FieldsForm
            fields={entry.fields}
            values={values}
            onChange={(v) => {
              setValuesByType((all) => ({ ...all, [typeId]: v }))
              setFieldErrors({})
            }}
            lang={lang}
            errors={fieldErrors}
          />
          <p className="cf-help">{t('headerNote')}</p>
        </div>
      )}
      {tab === 'xml' && (
        <div className="composer__xml">
          <p className="cf-help">{t('xmlHelp')}</p>
          <XmlEditor
            value={xml}
            onChange={setXml}
            markers={markers}
            completions={completions}
            onSubmit={(value) => void sendNow(value)}
            testId="composer-xml"
            ariaLabel="XML"
          />
          <div
            className="cf-problems"
            data-testid="composer-xml-problems"
            data-count={markers.length}
          >
            {lint && markers.length === 0 && <p className="cf-ok">{t('xmlOk')}</p>}
            {markers.length > 0 && (
              <ul>
                {markers.map((m, i) => (
                  <li key={i} className={`cf-problem cf-problem_${m.severity}`}>
                    <span className="mono">L{m.line}</span> {m.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
      <SendOptions
        value={options}
        accountMode={account?.mode}
        hasPreviousKey={Boolean(account?.previousEncodingAesKey)}
        onChange={setOptions}
      />
      <div className="composer__send">
        <button
          type="button"
          className="weui-btn weui-btn_primary weui-btn_mini composer__send-btn"
          data-testid="composer-send"
          disabled={send.status === 'sending' || !catalog}
          onClick={() => void sendNow()}
        >
          {send.status === 'sending' ? t('sending') : t('send')}
        </button>
        <span className="cf-help">
          {t('shortcut')} · {user ? t('to', { name: user.nickname }) : ''}
        </span>
      </div>
      <SendResult state={send} />
    </section>
  )
}

/** The core's message, with the fields it names (a schema refusal says little on its own). */
function failureText(error: unknown): string {
  if (!(error instanceof ControlClientError)) return String(error)
  const issues = error.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
  return issues.length > 0 ? `${error.message} (${issues.join('; ')})` : error.message
}
