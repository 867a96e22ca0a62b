/**
 * Which panel is open, and which exchange the inspector shows. A context so the phone's "why?"
 * link can open the inspector on the right exchange without knowing how panels are laid out.
 */
import { createContext, useContext, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import type { PanelId } from '../features/shell/panels'

export interface Navigation {
  readonly panel: PanelId
  readonly go: (panel: PanelId) => void
  readonly exchangeId: string | undefined
  /** Opens the inspector on this exchange. */
  readonly inspect: (exchangeId: string) => void
  readonly select: (exchangeId: string | undefined) => void
}

const NavigationContext = createContext<Navigation | null>(null)

export function NavigationProvider(props: { initial: PanelId; children: ReactNode }) {
  const [panel, go] = useState<PanelId>(props.initial)
  const [exchangeId, select] = useState<string>()
  const value = useMemo<Navigation>(
    () => ({
      panel,
      go,
      exchangeId,
      select,
      inspect: (id) => {
        select(id)
        go('inspector')
      },
    }),
    [panel, exchangeId],
  )
  return <NavigationContext.Provider value={value}>{props.children}</NavigationContext.Provider>
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext)
  if (!navigation) throw new Error('useNavigation() must be used inside <NavigationProvider>')
  return navigation
}
