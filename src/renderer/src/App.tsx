/**
 * The app root: wiring only (style.md "File size and splitting"). Bootstrap, then the shell with
 * the left navigation and the selected panel. `data-app-state` is the readiness marker tests wait
 * on: "ready" only after the token was found and the first getInfo came back.
 */
import { useState } from 'react'
import { ControlClientProvider } from './api/client-context'
import { useBootstrap } from './api/use-bootstrap'
import { CryptoLab } from './features/crypto-lab/CryptoLab'
import { BootError, BootLoading } from './features/shell/BootScreen'
import { ComingSoon } from './features/shell/ComingSoon'
import { DEFAULT_PANEL, NAV_GROUPS } from './features/shell/panels'
import type { PanelId } from './features/shell/panels'
import { Sidebar } from './features/shell/Sidebar'
import { TopBar } from './features/shell/TopBar'

export function App() {
  const boot = useBootstrap()
  const [panel, setPanel] = useState<PanelId>(DEFAULT_PANEL)

  return (
    <div className="app" data-testid="app" data-app-state={boot.status}>
      {boot.status === 'loading' && <BootLoading />}
      {boot.status === 'error' && <BootError reason={boot.reason} message={boot.message} />}
      {boot.status === 'ready' && (
        <ControlClientProvider client={boot.client}>
          <TopBar info={boot.info} />
          <div className="app__body">
            <Sidebar current={panel} onSelect={setPanel} />
            <main className="app__main" data-testid={`panel-${panel}`}>
              <Panel id={panel} onOpenLab={() => setPanel('crypto-lab')} />
            </main>
          </div>
        </ControlClientProvider>
      )}
    </div>
  )
}

function Panel(props: { id: PanelId; onOpenLab: () => void }) {
  if (props.id === 'crypto-lab') return <CryptoLab />
  const entry = NAV_GROUPS.flatMap((g) => g.panels).find((p) => p.id === props.id)
  return (
    <ComingSoon panel={props.id} label={entry?.label ?? props.id} onOpenLab={props.onOpenLab} />
  )
}
