/** Lints the XML being edited, 250 ms after the last keystroke, with the engine's catalogue. */
import { useEffect, useState } from 'react'
import type { PushLint } from '../../../../shared/control/composer-schemas'
import { useControlClient } from '../../api/client-context'

export function useXmlLint(xml: string, active: boolean): PushLint | undefined {
  const client = useControlClient()
  const [lint, setLint] = useState<{ xml: string; result: PushLint }>()
  useEffect(() => {
    if (!active) return
    let live = true
    const timer = setTimeout(() => {
      // A failed lint leaves the last markers; the send itself reports a core that is gone.
      client
        .lintPushXml({ xml })
        .then((result) => {
          if (live) setLint({ xml, result })
        })
        .catch(() => undefined)
    }, 250)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [client, xml, active])
  return lint?.xml === xml ? lint.result : undefined
}
