/**
 * The app root: wiring only (the features hold the logic). Bootstrap, then the shell with
 * the left navigation, the workspace-problem banner and the selected panel. `data-app-state` is
 * the readiness marker tests wait on: "ready" only after the token was found and the first
 * getInfo came back.
 */
import { useRef } from 'react'
import { ControlClientProvider } from './api/client-context'
import { PanelBoundary } from './components/PanelBoundary'
import { useBootstrap } from './api/use-bootstrap'
import { ChatPanel } from './features/chat/ChatPanel'
import { CryptoLab } from './features/crypto-lab/CryptoLab'
import { InspectorPanel } from './features/inspector/InspectorPanel'
import { LoadPanel } from './features/load/LoadPanel'
import { OauthPanel } from './features/oauth/OauthPanel'
import { PlatformDataPanel } from './features/platform-data/PlatformDataPanel'
import { SettingsPanel } from './features/settings/SettingsPanel'
import { BootError, BootLoading } from './features/shell/BootScreen'
import { ReplayPanel } from './features/replay/ReplayPanel'
import { ReplayProvider } from './features/replay/replay-state'
import { WindowDrop } from './features/replay/WindowDrop'
import { DEFAULT_PANEL } from './features/shell/panels'
import type { PanelId } from './features/shell/panels'
import { Sidebar } from './features/shell/Sidebar'
import { TopBar } from './features/shell/TopBar'
import { ProblemBanner } from './features/workspace-problems/ProblemBanner'
import { EngineStoreProvider } from './state/engine-store'
import { NavigationProvider, useNavigation } from './state/navigation'
import { PhoneBrowserProvider } from './state/phone-browser'

export function App() {
  const boot = useBootstrap()
  return (
    <div className="app" data-testid="app" data-app-state={boot.status}>
      {boot.status === 'loading' && <BootLoading />}
      {boot.status === 'error' && <BootError reason={boot.reason} message={boot.message} />}
      {boot.status === 'ready' && (
        <ControlClientProvider client={boot.client}>
          <EngineStoreProvider token={boot.token}>
            {/* Above the panels: Chat and OAuth draw the same phone browser. */}
            <PhoneBrowserProvider>
              <NavigationProvider initial={DEFAULT_PANEL}>
                {/* Above the panels: a run and an import outlive a visit to the inspector. */}
                <ReplayProvider>
                  <TopBar info={boot.info} />
                  <Shell />
                  <WindowDrop />
                </ReplayProvider>
              </NavigationProvider>
            </PhoneBrowserProvider>
          </EngineStoreProvider>
        </ControlClientProvider>
      )}
    </div>
  )
}

function Shell() {
  const { panel, go } = useNavigation()
  const main = useRef<HTMLElement>(null)
  return (
    <div className="app__body">
      <Sidebar current={panel} onSelect={go} />
      <main
        className="app__main"
        data-testid={`panel-${panel}`}
        data-panel={panel}
        ref={main}
        tabIndex={-1}
      >
        <ProblemBanner onDismissed={() => main.current?.focus()} />
        {/* Keyed by panel: a crash stays with the panel it happened in. */}
        <PanelBoundary key={panel} panel={panel}>
          <Panel id={panel} />
        </PanelBoundary>
      </main>
    </div>
  )
}

function Panel(props: { id: PanelId }) {
  switch (props.id) {
    case 'chat':
      return <ChatPanel />
    case 'inspector':
      return <InspectorPanel />
    case 'settings':
      return <SettingsPanel />
    case 'crypto-lab':
      return <CryptoLab />
    case 'oauth':
      return <OauthPanel />
    case 'replay':
      return <ReplayPanel />
    case 'load':
      return <LoadPanel />
    case 'platform-data':
      return <PlatformDataPanel />
  }
}
