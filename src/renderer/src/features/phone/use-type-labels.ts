/**
 * The catalogue's name of each push type ("event.CLICK" → 点击菜单 / Menu click), for the
 * developer notes that stand in for events. Fetched once per app: the catalogue never changes
 * while the core runs.
 */
import { useEffect, useState } from 'react'
import type { Bilingual } from '../../../../shared/model/catalog-types'
import { useControlClient } from '../../api/client-context'

export type TypeLabels = ReadonlyMap<string, Bilingual>

let cached: TypeLabels | undefined
// One request for every note on screen, however many mount before it answers.
let pending: Promise<TypeLabels> | undefined

export function useTypeLabels(): TypeLabels {
  const client = useControlClient()
  const [labels, setLabels] = useState<TypeLabels>(cached ?? new Map())
  useEffect(() => {
    if (cached) return
    let live = true
    pending ??= client
      .getCatalog({})
      .then((list) => (cached = new Map(list.map((entry) => [entry.id, entry.label]))))
    pending
      .then((map) => {
        if (live) setLabels(map)
      })
      // Without labels the notes still name the event itself; a later mount asks again.
      .catch(() => {
        pending = undefined
      })
    return () => {
      live = false
    }
  }, [client])
  return labels
}
