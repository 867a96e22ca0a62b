/**
 * The workspace problems, said at once: a strip at the top of the main area on every panel (not a
 * modal: the app stays usable), one line per problem in the reader's language, red when a file
 * could not be used and orange for warnings. "Details" opens what each file broke, "Open
 * Settings" goes to the workspace section, × hides the strip until a new problem comes.
 */
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { explainLang } from '../../i18n'
import { useEngineStore } from '../../state/engine-store'
import { useNavigation } from '../../state/navigation'
import { problemKey, problemLines } from './problem-lines'
import { PathText, ProblemList } from './ProblemList'
import './workspace-problems.css'

export function ProblemBanner(props: { onDismissed: () => void }) {
  const { t, i18n } = useTranslation('workspaceProblems')
  const { setup } = useEngineStore()
  const { show } = useNavigation()
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())
  const [details, setDetails] = useState(false)
  const listId = useId()
  const titleId = useId()
  const lang = explainLang(i18n.language)
  const shown = useMemo(
    () => setup?.problems.filter((p) => !dismissed.has(problemKey(p))) ?? [],
    [setup, dismissed],
  )
  const lines = useMemo(
    () => (setup === undefined ? [] : problemLines({ ...setup, problems: shown }, lang)),
    [setup, shown, lang],
  )
  const severity = lines.some((l) => l.severity === 'error') ? 'error' : 'warning'
  const dismiss = () => {
    setDismissed((before) => new Set([...before, ...shown.map(problemKey)]))
    setDetails(false)
    props.onDismissed()
  }
  // The live region is always there, so a banner appearing in it is announced (polite).
  return (
    <div aria-live="polite" className="wsp-region">
      {lines.length > 0 && (
        <section
          className={`wsp-banner wsp-banner_${severity}`}
          aria-labelledby={titleId}
          data-testid="workspace-banner"
          data-severity={severity}
        >
          <div className="wsp-banner__hd">
            <h2 className="wsp-banner__title" id={titleId} data-testid="workspace-banner-title">
              {t('title')}
            </h2>
            <div className="wsp-banner__actions">
              <button
                type="button"
                className="wsp-link"
                aria-expanded={details}
                aria-controls={listId}
                data-testid="workspace-banner-details"
                onClick={() => setDetails((open) => !open)}
              >
                {t('details')}
                <span className={`wsp-chevron${details ? ' wsp-chevron_open' : ''}`} aria-hidden />
              </button>
              <button
                type="button"
                className="wsp-link"
                data-testid="workspace-banner-settings"
                onClick={() => show('settings', 'workspace')}
              >
                {t('openSettings')}
              </button>
              <button
                type="button"
                className="wsp-close"
                aria-label={t('dismiss')}
                title={t('dismiss')}
                data-testid="workspace-banner-dismiss"
                onClick={dismiss}
              >
                <i className="weui-icon-close-thin" aria-hidden="true" />
              </button>
            </div>
          </div>
          <ProblemList id={listId} lines={lines} details={details} testId="workspace-banner-line" />
          {details && setup !== undefined && (
            <dl className="wsp-details wsp-banner__folder" data-testid="workspace-banner-folder">
              <div className="wsp-details__row">
                <dt>{t('folder')}</dt>
                <dd>
                  <PathText path={setup.workspaceDir} />
                </dd>
              </div>
            </dl>
          )}
        </section>
      )}
    </div>
  )
}
