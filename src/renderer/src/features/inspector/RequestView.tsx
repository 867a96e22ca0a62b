/**
 * One attempt's request: the request line, the query parameters with what each means (in a push,
 * or in web authorization and the API), the Content-Type against what WeChat sends, the headers,
 * and the body in a read-only Monaco.
 */
import { useTranslation } from 'react-i18next'
import type { ExchangeKind, RecordedRequest } from '../../../../shared/model/exchange'
import { CopyButton } from '../../components/CopyButton'
import { CodeView } from '../../components/monaco/CodeView'
import { bodyLanguage } from './body-language'
import { toCurl } from './curl'
import { HeaderTable } from './HeaderTable'
import {
  headerValue,
  mediaType,
  queryNoteKey,
  queryParams,
  WECHAT_CONTENT_TYPE,
} from './request-facts'
import { Section } from './Section'

export function RequestView(props: {
  request: RecordedRequest
  attemptIndex: number
  /** Pushes and verification are WeChat's own requests, compared with what WeChat really sends. */
  kind: ExchangeKind
  overriddenType: string | undefined
}) {
  const { t } = useTranslation('inspector')
  const { request } = props
  const fromWeChat = props.kind === 'push' || props.kind === 'verify'
  const query = queryParams(request.url)
  const sentType = headerValue(request.headers, 'content-type')
  const overridden =
    props.overriddenType !== undefined && mediaType(sentType) !== WECHAT_CONTENT_TYPE
  return (
    <Section title={t('request.titleOf', { n: props.attemptIndex })} testId="inspector-request">
      <div className="x-actions">
        <code className="x-request-line mono" data-testid="inspector-request-line">
          <strong>{request.method}</strong> {request.url}
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
            {query.map(([name, value], i) => {
              const note = queryNoteKey(props.kind, name)
              return (
                <tr key={i}>
                  <th className="mono">{name}</th>
                  <td className="mono wrap">{value}</td>
                  <td className="x-table__note">{note ? t(note) : ''}</td>
                </tr>
              )
            })}
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
          {fromWeChat && <span> {t('request.wechatSends', { value: WECHAT_CONTENT_TYPE })}</span>}
          {overridden && <p>{t('request.overridden')}</p>}
        </div>
      )}
      <HeaderTable
        headers={request.headers}
        caption={t('request.headers')}
        testId="inspector-request-headers"
      />
      {request.body.bytes > 0 && (
        <>
          <h4 className="x-sub">{t('request.bodyBytes', { count: request.body.bytes })}</h4>
          <CodeView
            value={request.body.text}
            language={bodyLanguage(request.headers, request.body.text)}
            testId="inspector-request-body"
            ariaLabel={t('request.body')}
          />
        </>
      )}
    </Section>
  )
}
