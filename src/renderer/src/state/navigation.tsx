/**
 * Which panel is open, and which exchange the inspector shows. A context so the phone's "why?"
 * link can open the inspector on the right exchange, and the workspace banner can open Settings
 * at its workspace section, without knowing how panels are laid out.
 */
import { createContext, useContext, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import type { PanelId } from '../features/shell/panels'

/** A part of a panel another one asked to show; `seq` makes a second click scroll again. */
export interface SectionRequest {
  readonly panel: PanelId
  readonly section: string
  readonly seq: number
}

export interface Navigation {
  readonly panel: PanelId
  readonly go: (panel: PanelId) => void
  readonly exchangeId: string | undefined
  /** Opens the inspector on this exchange. */
  readonly inspect: (exchangeId: string) => void
  readonly select: (exchangeId: string | undefined) => void
  /** Opens a panel scrolled to one of its sections (the panel reads `section`). */
  readonly show: (panel: PanelId, section: string) => void
  readonly section: SectionRequest | undefined
}

const NavigationContext = createContext<Navigation | null>(null)

export function NavigationProvider(props: { initial: PanelId; children: ReactNode }) {
  const [panel, setPanel] = useState<PanelId>(props.initial)
  const [exchangeId, select] = useState<string>()
  const [section, setSection] = useState<SectionRequest>()
  const value = useMemo<Navigation>(
    () => ({
      panel,
      // Plain navigation forgets a section asked for earlier: coming back to Settings from the
      // sidebar starts at its top.
      go: (target) => {
        setSection(undefined)
        setPanel(target)
      },
      exchangeId,
      select,
      inspect: (id) => {
        select(id)
        setPanel('inspector')
      },
      show: (target, name) => {
        setPanel(target)
        setSection((last) => ({ panel: target, section: name, seq: (last?.seq ?? 0) + 1 }))
      },
      section,
    }),
    [panel, exchangeId, section],
  )
  return <NavigationContext.Provider value={value}>{props.children}</NavigationContext.Provider>
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext)
  if (!navigation) throw new Error('useNavigation() must be used inside <NavigationProvider>')
  return navigation
}
