/**
 * The composer: any catalogue type as a generated form or as XML in Monaco (switching keeps the
 * edits), the send options that test a bot's robustness, and Ctrl/Cmd+Enter to send as the user
 * on the phone. It starts useful: a text message ready.
 */
import { useMemo, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { RequestError } from '../../components/RequestError'
import { explainLang } from '../../i18n'
import { useEngineStore } from '../../state/engine-store'
import { fieldErrorsOf } from './field-errors'
import { FieldsForm } from './FieldsForm'
import { useProblemWords } from './problem-words'
import { SendBar } from './SendBar'
import { DEFAULT_OPTIONS, SendOptions } from './SendOptions'
import type { SendOptionsValue } from './SendOptions'
import { SendResult } from './SendResult'
import { TabBar } from './TabBar'
import { TypePicker } from './TypePicker'
import { useCatalog } from './use-catalog'
import { useDraft } from './use-draft'
import { useSend } from './use-send'
import { XmlPane } from './XmlPane'
import './composer.css'

export function Composer() {
  const { t, i18n } = useTranslation('composer')
  const lang = explainLang(i18n.language)
  const store = useEngineStore()
  const { catalog, state: catalogState, retry: retryCatalog } = useCatalog()
  const words = useProblemWords()
  const draft = useDraft(catalog, words.draft)
  const sender = useSend()
  const [options, setOptions] = useState<SendOptionsValue>(DEFAULT_OPTIONS)

  const account = store.setup?.accounts.find((a) => a.id === store.accountId)
  const user = store.setup?.users.find((u) => u.openid === store.openid)
  // A refusal (of the send, or of the form → XML switch) beside the fields it names.
  const refusal = sender.refusal ?? draft.previewError
  const fieldErrors = useMemo(() => fieldErrorsOf(refusal, lang), [refusal, lang])

  const sendNow = (xml: string = draft.xml) =>
    void sender.send(
      draft.tab === 'xml'
        ? { tab: 'xml', xml }
        : { tab: 'form', typeId: draft.typeId, values: draft.values },
      options,
    )
  // Inside Monaco, its own Ctrl+Enter command has already sent the editor's current text.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || !catalog) return
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      sendNow()
    }
  }

  return (
    <section
      className="composer card"
      data-testid="composer"
      data-tab={draft.tab}
      aria-label={t('title')}
      onKeyDown={onKeyDown}
    >
      <header className="composer__hd">
        <h2 className="composer__title">{t('title')}</h2>
        <p className="cf-help">{t('intro')}</p>
      </header>
      {catalogState.status === 'failed' && (
        <RequestError
          error={catalogState.error}
          testId="composer-catalog-error"
          onRetry={retryCatalog}
        />
      )}
      {catalog && (
        <TypePicker
          catalog={catalog}
          typeId={draft.typeId}
          lang={lang}
          onChange={(id) => void draft.changeType(id)}
        />
      )}
      <TabBar
        tab={draft.tab}
        onForm={() => void draft.showForm()}
        onXml={() => void draft.showXml()}
      />
      {draft.notice && (
        <p
          className={draft.notice.kind === 'error' ? 'cf-error' : 'cf-note'}
          role={draft.notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="composer-tab-error"
          data-kind={draft.notice.kind}
        >
          {draft.notice.text}
        </p>
      )}
      {draft.tab === 'form' && draft.entry && (
        <div
          className="composer__form"
          data-testid="composer-form"
          role="tabpanel"
          id="composer-panel-form"
          aria-labelledby="composer-tab-form"
        >
          <FieldsForm
            fields={draft.entry.fields}
            values={draft.values}
            onChange={(values) => {
              draft.setValues(values)
              sender.clearRefusal()
            }}
            lang={lang}
            errors={fieldErrors}
          />
          <p className="cf-help">{t('headerNote')}</p>
        </div>
      )}
      {draft.tab === 'xml' && (
        <div role="tabpanel" id="composer-panel-xml" aria-labelledby="composer-tab-xml">
          <XmlPane
            xml={draft.xml}
            onChange={draft.setXml}
            lint={draft.lint}
            entry={draft.entry}
            words={words.problems}
            lang={lang}
            onSubmit={sendNow}
          />
        </div>
      )}
      <SendOptions
        value={options}
        accountMode={account?.mode}
        hasPreviousKey={Boolean(account?.previousEncodingAesKey)}
        onChange={setOptions}
      />
      <SendBar
        sending={sender.state.status === 'sending'}
        disabled={!catalog}
        userName={user?.nickname}
        onSend={() => sendNow()}
      />
      <SendResult state={sender.state} />
    </section>
  )
}
