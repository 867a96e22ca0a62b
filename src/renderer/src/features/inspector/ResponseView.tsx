/**
 * One attempt's response: status, the reply's Content-Type, headers and body in a read-only Monaco
 * — or the network error that stood in for it.
 */
import { useTranslation } from 'react-i18next'
import type { Attempt } from '../../../../shared/model/exchange'
import { CodeView } from '../../components/monaco/CodeView'
import { bodyLanguage } from './body-language'
import { HeaderTable } from './HeaderTable'
import { headerValue } from './request-facts'
import { Section } from './Section'

export function ResponseView(props: { attempt: Attempt }) {
  const { t } = useTranslation('inspector')
  const { response, error } = props.attempt
  if (!response) {
    const what = error ? `${t(`timeline.error.${error.code}`)} — ${error.message}` : '?'
    return (
      <Section title={t('response.title')} testId="inspector-response">
        <p className="x-callout x-callout_bad" data-testid="inspector-network-error">
          {t('response.none', { error: what })}
        </p>
      </Section>
    )
  }
  const replyType = headerValue(response.headers, 'content-type')
  return (
    <Section title={t('response.title')} testId="inspector-response">
      <p className="x-status" data-testid="inspector-response-status">
        {t('response.status')}{' '}
        <strong className={`mono${response.status >= 400 ? ' x-bad' : ''}`}>
          {response.status}
        </strong>
      </p>
      <div className="x-callout" data-testid="inspector-response-content-type">
        {replyType === undefined
          ? t('response.noContentType')
          : t('response.contentType', { value: replyType })}
      </div>
      <HeaderTable
        headers={response.headers}
        caption={t('response.headers')}
        testId="inspector-response-headers"
      />
      {response.body.bytes > 0 ? (
        <>
          <h4 className="x-sub">{t('response.bodyBytes', { count: response.body.bytes })}</h4>
          <CodeView
            value={response.body.text}
            language={bodyLanguage(response.headers, response.body.text)}
            testId="inspector-response-body"
            ariaLabel={t('response.body')}
          />
        </>
      ) : (
        <p className="hint">{t('response.empty')}</p>
      )}
    </Section>
  )
}
