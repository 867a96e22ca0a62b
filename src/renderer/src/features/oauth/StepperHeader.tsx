/**
 * The top of the stepper: the two ways to walk (follow a bot, play the bot), the entry page and
 * the Start button (the stepper is useful at once: the sample bot, the phone's user, one button),
 * and which walk is shown.
 */
import { useTranslation } from 'react-i18next'
import { Field } from '../../components/Field'
import { RequestError } from '../../components/RequestError'
import { ControlClientError } from '../../api/control-client'
import { useNavigation } from '../../state/navigation'
import type { Stepper, StepperMode } from './use-stepper'
import { sampleEntry } from './use-stepper'

const MODES: readonly StepperMode[] = ['follow', 'play']

export function StepperHeader(props: { stepper: Stepper }) {
  const { t, i18n } = useTranslation('oauth')
  const { show } = useNavigation()
  const { stepper } = props
  const { mode, walk } = stepper
  const openError = stepper.browser.error
  return (
    <header className="oauth-head">
      <h1 className="oauth-head__title">{t('title')}</h1>
      <p className="oauth-head__intro">{t('intro')}</p>
      <div className="oauth-modes" role="group" aria-label={t('mode.label')}>
        {MODES.map((m) => (
          <button
            key={m}
            type="button"
            className={`oauth-mode${mode === m ? ' oauth-mode_on' : ''}`}
            aria-pressed={mode === m}
            data-testid={`oauth-mode-${m}`}
            onClick={() => stepper.setMode(m)}
          >
            <span className="oauth-mode__name">{t(`mode.${m}`)}</span>
            <span className="oauth-mode__hint">{t(`mode.${m}Hint`)}</span>
          </button>
        ))}
      </div>
      {mode === 'follow' && (
        <form
          className="oauth-follow"
          data-testid="oauth-follow"
          onSubmit={(e) => {
            e.preventDefault()
            void stepper.start()
          }}
        >
          <div className="weui-cells weui-cells_form">
            <Field
              label={t('follow.entry')}
              value={stepper.entryUrl}
              onChange={stepper.setEntryUrl}
              testId="oauth-entry-url"
              hint={stepper.botBase ? t('follow.entryHint') : t('follow.noBot')}
              mono
            />
          </div>
          <div className="oauth-follow__actions">
            <button
              type="submit"
              className="weui-btn weui-btn_primary weui-btn_mini oauth-start"
              data-testid="oauth-start"
              disabled={stepper.entryUrl.trim() === ''}
            >
              {t('follow.start')}
            </button>
            {stepper.botBase && stepper.entryUrl !== sampleEntry(stepper.botBase) && (
              <button
                type="button"
                className="weui-btn weui-btn_mini weui-btn_default"
                data-testid="oauth-entry-sample"
                onClick={() => stepper.setEntryUrl(sampleEntry(stepper.botBase))}
              >
                {t('follow.reset')}
              </button>
            )}
          </div>
        </form>
      )}
      {openError instanceof ControlClientError && <RequestError error={openError} />}
      {stepper.allWalks.length > 1 && (
        <label className="oauth-walk-pick">
          <span>{t('walk.pick')}</span>
          <select
            className="oauth-walk-pick__select"
            data-testid="oauth-walk-pick"
            value={walk?.walkId ?? ''}
            onChange={(e) => stepper.chooseWalk(e.target.value)}
          >
            {stepper.allWalks.slice(0, 30).map((w) => (
              <option key={w.walkId} value={w.walkId}>
                {t('walk.latest', {
                  time: new Date(w.startedAt).toLocaleTimeString(i18n.language),
                  url: w.startUrl,
                })}
              </option>
            ))}
          </select>
        </label>
      )}
      <p className="oauth-walk" data-testid="oauth-walk" data-walk-id={walk?.walkId ?? ''}>
        {walk ? (
          <>
            {stepper.fromInspector
              ? t('walk.showing', { id: walk.walkId })
              : t('walk.started', {
                  id: walk.walkId,
                  time: new Date(walk.startedAt).toLocaleTimeString(i18n.language),
                })}{' '}
            <button
              type="button"
              className="oauth-link"
              data-testid="oauth-walk-inspect"
              onClick={() => show('inspector', `walk:${walk.walkId}`)}
            >
              {t('walk.inspect')}
            </button>
          </>
        ) : (
          t('walk.none')
        )}
      </p>
    </header>
  )
}
