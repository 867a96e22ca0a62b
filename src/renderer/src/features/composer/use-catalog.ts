/** The catalogue of push types, fetched once per app (it never changes while running). */
import { useEffect, useState } from 'react'
import type { CatalogEntry } from '../../../../shared/model/catalog-types'
import { useControlClient } from '../../api/client-context'

let cached: readonly CatalogEntry[] | undefined

export function useCatalog(): readonly CatalogEntry[] | undefined {
  const client = useControlClient()
  const [catalog, setCatalog] = useState(cached)
  useEffect(() => {
    if (cached) return
    void client.getCatalog({}).then((list) => {
      cached = list
      setCatalog(list)
    })
  }, [client])
  return catalog
}
