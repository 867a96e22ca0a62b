/**
 * Import by hand: a file picker, a folder picker (where the browser offers one) and pasted text.
 * Drops anywhere on the window are handled by WindowDrop; the report is shown by ImportReportView.
 */
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { pickedFiles } from './read-files'
import { useReplay } from './replay-state'

export function ImportCard() {
  const { t } = useTranslation('replay')
  const replay = useReplay()
  const files = useRef<HTMLInputElement>(null)
  const folder = useRef<HTMLInputElement>(null)
  const [pasting, setPasting] = useState(false)
  const [text, setText] = useState('')
  const pasteId = useId()
  const busy = replay.imported.status === 'reading'

  return (
    <section className="replay-card" data-testid="replay-import" aria-labelledby={`${pasteId}-t`}>
      <h2 className="replay-card__title" id={`${pasteId}-t`}>
        {t('import.title')}
      </h2>
      <p className="hint">{t('import.hint')}</p>
      <div className="replay-card__buttons">
        <button
          type="button"
          className="weui-btn weui-btn_mini weui-btn_primary"
          data-testid="replay-import-files"
          disabled={busy}
          onClick={() => files.current?.click()}
        >
          {t('import.files')}
        </button>
        <button
          type="button"
          className="weui-btn weui-btn_mini weui-btn_default"
          data-testid="replay-import-folder"
          disabled={busy}
          onClick={() => folder.current?.click()}
        >
          {t('import.folder')}
        </button>
        <button
          type="button"
          className="weui-btn weui-btn_mini weui-btn_default"
          data-testid="replay-import-paste"
          aria-expanded={pasting}
          aria-controls={pasteId}
          onClick={() => setPasting((p) => !p)}
        >
          {t('import.paste')}
        </button>
      </div>
      <input
        ref={files}
        type="file"
        multiple
        hidden
        data-testid="replay-import-input"
        accept=".xml,.txt,.har,.json,.ndjson,.log,application/xml,text/xml,application/json"
        onChange={(e) => {
          const picked = pickedFiles(e.target.files)
          e.target.value = ''
          void replay.importFiles(picked, 'picker')
        }}
      />
      <input
        ref={(el) => {
          folder.current = el
          // Not a React attribute: set by hand (Chromium, Firefox and Safari all honour it).
          el?.setAttribute('webkitdirectory', '')
        }}
        type="file"
        hidden
        data-testid="replay-import-folder-input"
        onChange={(e) => {
          const picked = pickedFiles(e.target.files)
          e.target.value = ''
          void replay.importFiles(picked, 'folder')
        }}
      />
      {pasting && (
        <form
          id={pasteId}
          className="replay-paste"
          onSubmit={(e) => {
            e.preventDefault()
            if (text.trim() !== '') void replay.importText(text)
          }}
        >
          <label className="replay-label" htmlFor={`${pasteId}-text`}>
            {t('import.pasteLabel')}
          </label>
          <textarea
            id={`${pasteId}-text`}
            className="replay-input replay-input_mono"
            data-testid="replay-paste-text"
            rows={6}
            spellCheck={false}
            placeholder={t('import.pastePlaceholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button
            type="submit"
            className="weui-btn weui-btn_mini weui-btn_default"
            data-testid="replay-paste-submit"
            disabled={busy || text.trim() === ''}
          >
            {t('import.pasteSubmit')}
          </button>
        </form>
      )}
      <p className="hint replay-card__drop">{t('import.drop')}</p>
    </section>
  )
}
