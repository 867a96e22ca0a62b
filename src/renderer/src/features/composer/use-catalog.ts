/**
 * The catalogue of push types, fetched once per app (it never changes while running). A failed
 * fetch is not cached: the composer shows why, and Try again fetches it again.
 */
import type { CatalogEntry } from '../../../../shared/model/catalog-types'
import { useCommand } from '../../state/use-command'
import type { CommandState } from '../../state/use-command'

let cached: readonly CatalogEntry[] | undefined

export function useCatalog(): {
  catalog: readonly CatalogEntry[] | undefined
  state: CommandState<'getCatalog'>
  retry: () => void
} {
  const command = useCommand('getCatalog', {
    ...(cached ? {} : { runOnMount: {} }),
    onDone: (list) => {
      cached = list
    },
  })
  const catalog = cached ?? (command.state.status === 'done' ? command.state.output : undefined)
  return { catalog, state: command.state, retry: () => void command.retry() }
}
