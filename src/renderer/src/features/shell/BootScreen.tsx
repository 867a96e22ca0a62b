/**
 * What shows before the app is ready: a spinner, or why it could not start. The error is given in
 * both languages at once: the user may not be able to reach the language switch yet.
 */
import { useTranslation } from 'react-i18next'
import type { BootFailure } from '../../api/use-bootstrap'
import { Prose } from '../../components/Prose'

export function BootLoading() {
  const { t } = useTranslation()
  return (
    <div className="boot" data-testid="boot-loading">
      <i className="weui-loading" aria-hidden="true" />
      <p>{t('boot.loading')}</p>
    </div>
  )
}

export function BootError(props: { reason: BootFailure; message: string }) {
  const { i18n } = useTranslation()
  const languages = ['zh-CN', 'en'] as const
  return (
    <div className="boot boot_error" data-testid="boot-error" data-reason={props.reason}>
      <i className="weui-icon-warn weui-icon_msg" aria-hidden="true" />
      {languages.map((language) => {
        const t = i18n.getFixedT(language)
        return (
          <section key={language} lang={language} className="boot__lang">
            <h1 className="boot__title">{t(`boot.${props.reason}.title`)}</h1>
            <p className="boot__body">
              <Prose text={t(`boot.${props.reason}.body`)} />
            </p>
          </section>
        )
      })}
      {props.reason === 'no-token' && (
        // This page's own address: the core that served it is the one to ask for a token.
        <code className="boot__example">{`${window.location.origin}/#token=…`}</code>
      )}
      <details className="boot__detail">
        <summary>
          {i18n.getFixedT('zh-CN')('boot.detail')} / {i18n.getFixedT('en')('boot.detail')}
        </summary>
        <code>{props.message}</code>
      </details>
    </div>
  )
}
