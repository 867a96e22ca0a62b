/**
 * One error boundary per panel: a panel that throws while rendering shows a localized message
 * with "Reload panel" (which mounts it afresh), and the sidebar, top bar and other panels keep
 * working. React error boundaries must be classes; the words come from a function child.
 */
import { Component } from 'react'
import type { ErrorInfo, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface State {
  error?: Error
  /** Bumped by "Reload panel": a new key mounts the panel from scratch. */
  generation: number
}

export class PanelBoundary extends Component<{ panel: string; children: ReactNode }, State> {
  override state: State = { generation: 0 }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`panel ${this.props.panel} crashed`, error, info.componentStack)
  }

  private readonly reload = () => {
    this.setState((s) => ({ error: undefined, generation: s.generation + 1 }))
  }

  override render(): ReactNode {
    if (this.state.error) {
      return <PanelCrash panel={this.props.panel} error={this.state.error} onReload={this.reload} />
    }
    return (
      <PanelKey key={this.state.generation} panel={this.props.panel}>
        {this.props.children}
      </PanelKey>
    )
  }
}

/**
 * The e2e tests' way to crash a panel on purpose (tests/e2e/errors.spec.ts): a panel id stored
 * under this sessionStorage key throws while rendering. Harmless for users: nothing sets it.
 */
export const CRASH_TEST_KEY = 'mpsim.test.crashPanel'

function PanelKey(props: { panel: string; children: ReactNode }) {
  if (sessionStorage.getItem(CRASH_TEST_KEY) === props.panel) {
    throw new Error(`${props.panel} crashed on purpose (${CRASH_TEST_KEY})`)
  }
  return props.children
}

function PanelCrash(props: { panel: string; error: Error; onReload: () => void }) {
  const { t } = useTranslation()
  return (
    <section className="panel-crash" role="alert" data-testid={`panel-crash-${props.panel}`}>
      <i className="weui-icon-warn weui-icon_msg" aria-hidden="true" />
      <h1 className="panel-crash__title">{t('panel.crashedTitle')}</h1>
      <p className="panel-crash__body">{t('panel.crashedBody')}</p>
      <button
        type="button"
        className="weui-btn weui-btn_primary weui-btn_medium"
        data-testid="panel-crash-reload"
        onClick={props.onReload}
      >
        {t('panel.reload')}
      </button>
      <details className="panel-crash__detail">
        <summary>{t('command.detail')}</summary>
        <pre className="mono wrap">{props.error.message}</pre>
      </details>
    </section>
  )
}
