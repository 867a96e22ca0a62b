/**
 * A suite's own settings: name, bot URL, mode, and the run options the file keeps so every run
 * of it — in the app or `mpsim replay` in CI — is the same: the seed (timestamps, nonces and
 * MsgIds repeat) and whether captured MsgIds are kept (docs/replay.md).
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Suite } from '../../../../shared/model/suite'
import { seedOf, withOptional } from './suite-draft'

const MODES = ['plain', 'compatible', 'safe'] as const

export function SuiteSettings(props: { suite: Suite; onChange: (suite: Suite) => void }) {
  const { t } = useTranslation('replay')
  const { suite, onChange } = props
  // Typed as text: "42" is saved as the number 42, but the field shows what was typed.
  const [seedText, setSeedText] = useState(() => (suite.seed === undefined ? '' : `${suite.seed}`))
  return (
    <div className="replay-settings">
      <label className="replay-label" htmlFor="replay-suite-name">
        {t('editor.name')}
      </label>
      <input
        id="replay-suite-name"
        className="replay-input"
        data-testid="replay-suite-name"
        value={suite.name}
        onChange={(e) => onChange({ ...suite, name: e.target.value || suite.name })}
      />
      <label className="replay-label" htmlFor="replay-suite-target">
        {t('editor.target')}
      </label>
      <input
        id="replay-suite-target"
        className="replay-input mono"
        data-testid="replay-suite-target"
        placeholder={t('editor.targetPlaceholder')}
        value={suite.target ?? ''}
        onChange={(e) => onChange(withOptional(suite, 'target', e.target.value))}
      />
      <label className="replay-label" htmlFor="replay-suite-mode">
        {t('editor.mode')}
      </label>
      <select
        id="replay-suite-mode"
        className="replay-input"
        data-testid="replay-suite-mode"
        value={suite.mode ?? ''}
        onChange={(e) =>
          onChange(withOptional(suite, 'mode', e.target.value as Suite['mode'] | ''))
        }
      >
        <option value="">{t('editor.modeDefault')}</option>
        {MODES.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </select>
      <label className="replay-label" htmlFor="replay-suite-seed">
        {t('editor.seed')}
      </label>
      <div className="replay-settings__pair">
        <input
          id="replay-suite-seed"
          className="replay-input mono replay-settings__seed"
          data-testid="replay-suite-seed"
          placeholder={t('editor.seedPlaceholder')}
          aria-describedby="replay-suite-seed-hint"
          value={seedText}
          onChange={(e) => {
            setSeedText(e.target.value)
            onChange(withOptional(suite, 'seed', seedOf(e.target.value)))
          }}
        />
        <span className="hint replay-settings__hint" id="replay-suite-seed-hint">
          {t('editor.seedHint')}
        </span>
      </div>
      <span className="replay-label">{t('editor.msgIds')}</span>
      <label className="replay-check">
        <input
          type="checkbox"
          data-testid="replay-suite-keep-msgids"
          checked={suite.keepMsgIds === true}
          onChange={(e) => onChange(withOptional(suite, 'keepMsgIds', e.target.checked))}
        />
        {t('editor.keepMsgIds')}
      </label>
    </div>
  )
}
