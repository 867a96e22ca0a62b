/**
 * The inspector's one-click "build a suite": the pushes it is given become a replay suite (each
 * step asserting the reply recorded with it), saved in suites/ and opened in the Replay panel.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Exchange } from '../../../../shared/model/exchange'
import { useErrorWords } from './use-error-words'
import { useNavigation } from '../../state/navigation'
import { suiteFileName } from './captures-suite'
import { useReplay } from './replay-state'
import { useReplayClient } from './replay-client'

/** suiteFromExchanges takes at most this many (the newest are kept). */
const MAX_STEPS = 1000

export function BuildSuiteButton(props: {
  /** Oldest first: the suite replays them in the order they happened. */
  exchanges: readonly Exchange[]
  onError: (text: string) => void
}) {
  const { t, i18n } = useTranslation('replay')
  const client = useReplayClient()
  const replay = useReplay()
  const { go } = useNavigation()
  const wordError = useErrorWords()
  const [busy, setBusy] = useState(false)
  const ids = props.exchanges
    .filter((e) => e.kind === 'push' && !e.inProgress)
    .map((e) => e.id)
    .slice(-MAX_STEPS)

  const build = async () => {
    setBusy(true)
    try {
      const name = t('inspector.name', {
        time: new Date().toLocaleString(i18n.language, { hour12: false }),
      })
      const suite = await client.suiteFromExchanges({ exchangeIds: ids, name })
      const { suites } = await client.listSuites({})
      const file = suiteFileName(
        `inspector-${new Date().toISOString().slice(0, 19).replace(/[T:]/g, '-')}`,
        suites.map((s) => s.file),
      )
      await client.saveSuite({ file, suite })
      replay.suitesChanged()
      replay.openFile(file)
      go('replay')
    } catch (error) {
      props.onError(wordError(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <button
      type="button"
      className="x-link"
      data-testid="inspector-build-suite"
      data-count={ids.length}
      title={ids.length > 0 ? t('inspector.buildHint') : t('inspector.none')}
      disabled={busy || ids.length === 0}
      onClick={() => void build()}
    >
      {busy ? t('inspector.building') : `${t('inspector.build')} (${ids.length})`}
    </button>
  )
}
