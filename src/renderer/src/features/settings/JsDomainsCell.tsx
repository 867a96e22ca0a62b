/**
 * JS接口安全域名 (protocol.md §11) as a list cell, like the IP whitelist. Left empty, the account
 * has no list of its own and the OAuth callback domain stands in (shown as the placeholder), as
 * older workspaces always had.
 */
import { useTranslation } from 'react-i18next'
import { JS_DOMAINS_MAX } from '../../../../shared/model/identifier-schemas'
import { ListCell } from './ListCell'

export function JsDomainsCell(props: {
  value: readonly string[]
  /** The callback domain: what applies while the list is empty. */
  fallback: string
  error: string | undefined
  onChange: (list: string[]) => void
}) {
  const { t } = useTranslation('settings')
  return (
    <ListCell
      field="jsDomains"
      label={t('account.jsDomains')}
      value={props.value}
      error={props.error}
      placeholder={props.fallback}
      help={t('account.jsDomainsHelp', {
        max: JS_DOMAINS_MAX,
        domain: props.fallback === '' ? t('account.jsDomainsNone') : props.fallback,
      })}
      onChange={props.onChange}
    />
  )
}
