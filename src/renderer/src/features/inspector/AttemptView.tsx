/**
 * One attempt, request and response: request line, query parameters with what each means, headers
 * with the Content-Type called out against what WeChat sends, and both bodies in Monaco.
 */
import { useTranslation } from 'react-i18next'
import type { Attempt, HeaderList } from '../../../../shared/model/exchange'
import { CopyButton } from '../../components/CopyButton'
import { CodeView } from '../../components/monaco/CodeView'
import { toCurl } from './curl'
import {
  headerValue,
  KNOWN_QUERY,
  mediaType,
  queryParams,
  WECHAT_CONTENT_TYPE,
} from './request-facts'
import type { QueryKey } from './request-facts'
import { KeyValues, Section } from './Section'

function bodyLanguage(headers: HeaderList, text: string): 'xml' | 'json' | 'plaintext' {
  const type = mediaType(headerValue(headers, 'content-type')) ?? ''
  if (type.includes('json') || text.trimStart().startsWith('{')) return 'json'
  if (type.includes('xml') || text.trimStart().startsWith('<')) return 'xml'
  return 'plaintext'
}

export function AttemptView(props: {
  attempt: Attempt
  isPush: boolean
  overriddenType?: string | undefined
}) {
  const { t } = useTranslation('inspector')
  const { request, response, error } = props.attempt
  const query = queryParams(request.url)
  const sentType = headerValue(request.headers, 'content-type')
  const overridden =
    props.overriddenType !== undefined && mediaType(sentType) !== WECHAT_CONTENT_TYPE
  const replyType = response ? headerValue(response.headers, 'content-type') : undefined
  return (
    <>
      <Section title={t('request.title')} testId="inspector-request">
        <div className="x-actions">
          <code className="x-request-line mono" data-testid="inspector-request-line">
            {request.method} {request.url}
          </code>
          <CopyButton
            value={toCurl(request)}
            label={t('request.copyCurl')}
            testId="inspector-copy-curl"
          />
        </div>
        {query.length > 0 && (
          <table className="x-table" data-testid="inspector-query">
            <caption>{t('request.query')}</caption>
            <tbody>
              {query.map(([name, value]) => (
                <tr key={name}>
                  <th className="mono">{name}</th>
                  <td className="mono wrap">{value}</td>
                  <td className="x-table__note">
                    {KNOWN_QUERY.includes(name as QueryKey)
                      ? t(`request.q.${name as QueryKey}`)
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {sentType !== undefined && (
          <div
            className={`x-callout${overridden ? ' x-callout_warn' : ''}`}
            data-testid="inspector-header-content-type"
            data-overridden={overridden ? 'true' : 'false'}
          >
            <strong>{t('request.contentType', { value: sentType })}</strong>
            {props.isPush && (
              <span> {t('request.wechatSends', { value: WECHAT_CONTENT_TYPE })}</span>
            )}
            {overridden && <p>{t('request.overridden')}</p>}
          </div>
        )}
        <KeyValues
          rows={request.headers.map(([n, v]) => [n, <span className="mono">{v}</span>] as const)}
        />
        {request.body.bytes > 0 && (
          <CodeView
            value={request.body.text}
            language={bodyLanguage(request.headers, request.body.text)}
            testId="inspector-request-body"
            ariaLabel={t('request.body')}
          />
        )}
      </Section>
      <Section title={t('response.title')} testId="inspector-response">
        {response ? (
          <>
            <KeyValues
              rows={[[t('response.status'), <strong className="mono">{response.status}</strong>]]}
            />
            {replyType !== undefined && (
              <div className="x-callout">{t('response.contentType', { value: replyType })}</div>
            )}
            <KeyValues
              rows={response.headers.map(
                ([n, v]) => [n, <span className="mono">{v}</span>] as const,
              )}
            />
            {response.body.bytes > 0 ? (
              <CodeView
                value={response.body.text}
                language={bodyLanguage(response.headers, response.body.text)}
                testId="inspector-response-body"
                ariaLabel={t('response.body')}
              />
            ) : (
              <p className="hint">{t('response.empty')}</p>
            )}
          </>
        ) : (
          <p className="x-callout x-callout_warn">
            {t('response.none', {
              error: error ? `${t(`timeline.error.${error.code}`)} — ${error.message}` : '?',
            })}
          </p>
        )}
      </Section>
    </>
  )
}
