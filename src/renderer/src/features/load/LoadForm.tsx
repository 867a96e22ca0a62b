/**
 * The form that starts a run: bot URL (the account's by default), mode, users, a fixed rate (with
 * an optional ramp) or a fixed concurrency, when to stop, the message mix and a seed. Checked on
 * Start: the problems show under their fields, the first one takes the focus, and a summary says
 * how many there are. Once shown, problems follow the edits.
 */
import { useMemo, useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { StartLoadInput } from '../../../../shared/control/load-schemas'
import type { Account } from '../../../../shared/model/account'
import type { CatalogEntry } from '../../../../shared/model/catalog-types'
import { fieldId, TextField } from './FormBits'
import { checkDraft, fieldOrder } from './load-draft'
import type { LoadDraft, LoadModel } from './load-draft'
import { MixRows } from './MixRows'

const MODELS: readonly LoadModel[] = ['open', 'closed']

export function LoadForm(props: {
  draft: LoadDraft
  onChange: (draft: LoadDraft) => void
  catalog: readonly CatalogEntry[] | undefined
  account: Account | undefined
  /** A run of this window is starting, or a run is going on: Start waits for it to end. */
  busy: 'starting' | 'running' | undefined
  onStart: (input: StartLoadInput) => void
}) {
  const { t } = useTranslation('load')
  const { draft, onChange, account } = props
  const [checking, setChecking] = useState(false)
  const known = useMemo(() => new Set(props.catalog?.map((e) => e.id) ?? []), [props.catalog])
  const checked = checkDraft(draft, known)
  const problems = checking && !checked.ok ? checked.problems : {}
  const count = Object.keys(problems).length
  const set = (change: Partial<LoadDraft>) => onChange({ ...draft, ...change })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setChecking(true)
    if (checked.ok) {
      props.onStart(checked.input)
      return
    }
    const first = fieldOrder(draft).find((name) => checked.problems[name])
    if (first) document.getElementById(fieldId(first === 'mix' ? 'mix-add' : first))?.focus()
  }

  return (
    <form className="lt-card lt-form" data-testid="load-form" noValidate onSubmit={submit}>
      <h2 className="lt-card__title">{t('form.title')}</h2>
      <TextField
        name="botUrl"
        label={t('form.botUrl')}
        value={draft.botUrl}
        onChange={(botUrl) => set({ botUrl })}
        problem={problems['botUrl']}
        placeholder={account?.botUrl}
        hint={
          account?.botUrl ? t('form.botUrlHint', { url: account.botUrl }) : t('form.botUrlNone')
        }
        mono
        wide
      />
      <div className="lt-field lt-field_wide">
        <label className="lt-label" htmlFor={fieldId('mode')}>
          {t('form.mode')}
        </label>
        <select
          id={fieldId('mode')}
          className="lt-input"
          data-testid="load-mode"
          value={draft.mode}
          onChange={(e) => set({ mode: e.target.value as LoadDraft['mode'] })}
        >
          <option value="">
            {account
              ? t('form.modeDefault', { mode: t(`form.modes.${account.mode}`) })
              : t('form.modeDefaultNone')}
          </option>
          {(['plain', 'compatible', 'safe'] as const).map((mode) => (
            <option key={mode} value={mode}>
              {t(`form.modes.${mode}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        name="users"
        label={t('form.users')}
        value={draft.users}
        onChange={(users) => set({ users })}
        problem={problems['users']}
        hint={t('form.usersHint')}
        numeric="numeric"
        wide
      />
      <fieldset className="lt-field lt-field_wide lt-model">
        <legend className="lt-label">{t('form.model')}</legend>
        <div className="lt-segments" data-testid="load-model">
          {MODELS.map((model) => (
            <label
              key={model}
              className={`lt-segment${draft.model === model ? ' lt-segment_on' : ''}`}
            >
              <input
                type="radio"
                name="load-model"
                value={model}
                data-testid={`load-model-${model}`}
                checked={draft.model === model}
                onChange={() => set({ model })}
              />
              {t(`form.models.${model}`)}
            </label>
          ))}
        </div>
        <p className="lt-hint">{t(`form.modelHints.${draft.model}`)}</p>
      </fieldset>
      {draft.model === 'open' ? (
        <div className="lt-pair">
          <TextField
            name="rate"
            label={t('form.rate')}
            value={draft.rate}
            onChange={(rate) => set({ rate })}
            problem={problems['rate']}
            unit={t('form.perSecond')}
            numeric="decimal"
          />
          <TextField
            name="rampTo"
            label={t('form.rampTo')}
            optional={t('form.optional')}
            value={draft.rampTo}
            onChange={(rampTo) => set({ rampTo })}
            problem={problems['rampTo']}
            unit={t('form.perSecond')}
            numeric="decimal"
          />
          <p className="lt-hint lt-pair__hint">{t('form.rampHint')}</p>
        </div>
      ) : (
        <TextField
          name="concurrency"
          label={t('form.concurrency')}
          value={draft.concurrency}
          onChange={(concurrency) => set({ concurrency })}
          problem={problems['concurrency']}
          numeric="numeric"
          wide
        />
      )}
      <fieldset className="lt-field lt-field_wide lt-stop">
        <legend className="lt-label">{t('form.stopAfter')}</legend>
        <div className="lt-pair">
          <TextField
            name="duration"
            label={t('form.duration')}
            value={draft.duration}
            onChange={(duration) => set({ duration })}
            problem={problems['duration']}
            unit={t('form.seconds')}
            numeric="decimal"
          />
          <TextField
            name="messages"
            label={t('form.messages')}
            value={draft.messages}
            onChange={(messages) => set({ messages })}
            problem={problems['messages']}
            unit={t('form.messagesUnit')}
            numeric="numeric"
          />
          <p className="lt-hint lt-pair__hint">{t('form.stopHint')}</p>
        </div>
      </fieldset>
      {props.catalog ? (
        <MixRows
          rows={draft.mix}
          catalog={props.catalog}
          problems={problems}
          onChange={(mix) => set({ mix })}
        />
      ) : (
        <p className="lt-hint">{t('form.catalogLoading')}</p>
      )}
      <TextField
        name="seed"
        label={t('form.seed')}
        optional={t('form.optional')}
        value={draft.seed}
        onChange={(seed) => set({ seed })}
        problem={problems['seed']}
        hint={t('form.seedHint')}
        mono
        wide
      />
      {count > 0 && (
        <p className="lt-summary" role="alert" data-testid="load-form-summary">
          {t('form.summary', { count })}
        </p>
      )}
      <div className="lt-form__actions">
        <button
          type="submit"
          className="weui-btn weui-btn_primary lt-start"
          data-testid="load-start"
          disabled={props.busy !== undefined || !props.catalog}
        >
          {props.busy === 'starting' ? t('form.starting') : t('form.start')}
        </button>
      </div>
    </form>
  )
}
