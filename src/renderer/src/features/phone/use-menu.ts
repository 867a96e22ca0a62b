/** The account's custom menu, fetched again whenever the core says a menu changed. */
import { useEffect, useState } from 'react'
import { useControlClient } from '../../api/client-context'
import { useEngineStore } from '../../state/engine-store'
import type { MenuButton } from './menu-events'

export function useMenu(): readonly MenuButton[] {
  const client = useControlClient()
  const { accountId, menuVersion } = useEngineStore()
  const [buttons, setButtons] = useState<readonly MenuButton[]>([])
  useEffect(() => {
    if (!accountId) return
    let live = true
    client
      .getMenu({ accountId })
      .then((menu) => {
        if (live) setButtons(menu?.button ?? [])
      })
      .catch(() => {
        if (live) setButtons([])
      })
    return () => {
      live = false
    }
  }, [client, accountId, menuVersion])
  return buttons
}
