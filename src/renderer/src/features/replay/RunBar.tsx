/**
 * How the open suite runs this time (not saved in the file): which tags, stop at the first
 * failure (the rest reported skipped), and how many steps are delivered at once.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { clampConcurrency, MAX_CONCURRENCY, suiteTags, toggleTag } from './run-choices'
import type { RunChoices } from './run-choices'
import './runbar.css'
import type { Suite } from '../../../../shared/model/suite'

export function RunBar(props: {
  suite: Suite | undefined
  choices: RunChoices
  onChange: (choices: RunChoices) => void
}) {
  const { t } = useTranslation('replay')
  const { choices, onChange } = props
  const tags = suiteTags(props.suite)
  const [text, setText] = useState<string>()
  return (
    <div
      className="replay-runbar"
      role="group"
      aria-label={t('runBar.title')}
      data-testid="replay-runbar"
    >
      <div className="replay-runbar__tags" role="group" aria-labelledby="replay-runbar-tags">
        <span className="replay-label" id="replay-runbar-tags">
          {t('runBar.tags')}
        </span>
        {tags.length === 0 ? (
          <span className="hint replay-runbar__none">{t('runBar.noTags')}</span>
        ) : (
          <>
            {tags.map((tag) => {
              const on = choices.tags.includes(tag)
              return (
                <button
                  key={tag}
                  type="button"
                  className={`replay-chip${on ? ' replay-chip_on' : ''}`}
                  aria-pressed={on}
                  data-testid="replay-runbar-tag"
                  data-tag={tag}
                  onClick={() => onChange(toggleTag(choices, tag))}
                >
                  {tag}
                </button>
              )
            })}
            <span className="hint replay-runbar__none">
              {choices.tags.length === 0 ? t('runBar.allSteps') : ''}
            </span>
          </>
        )}
      </div>
      <label className="replay-check">
        <input
          type="checkbox"
          data-testid="replay-runbar-bail"
          checked={choices.bail}
          onChange={(e) => onChange({ ...choices, bail: e.target.checked })}
        />
        {t('runBar.bail')}
      </label>
      <label className="replay-runbar__concurrency">
        <span className="replay-label">{t('runBar.concurrency')}</span>
        <input
          type="number"
          className="replay-input mono"
          data-testid="replay-runbar-concurrency"
          min={1}
          max={MAX_CONCURRENCY}
          step={1}
          value={text ?? choices.concurrency}
          onChange={(e) => {
            // Kept as typed while typing (a cleared field is not "1" yet); clamped when it counts.
            setText(e.target.value)
            if (e.target.value !== '')
              onChange({ ...choices, concurrency: clampConcurrency(e.target.valueAsNumber) })
          }}
          onBlur={() => setText(undefined)}
        />
      </label>
    </div>
  )
}
