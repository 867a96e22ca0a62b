/**
 * The ports: each field is the port for the next start (settings.json); under it, the port in use
 * now — the mock platform's and sample bot's from getSetup, the control API's from this page's
 * own origin (the core serves the UI), so the two are never confused.
 */
import { useTranslation } from 'react-i18next'
import { Prose } from '../../components/Prose'
import { useEngineStore } from '../../state/engine-store'
import { NumberCell } from './NumberCell'

type Which = 'platform' | 'bot' | 'control'

/** host:port of a URL, or undefined when there is none. */
function addressOf(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url).host
  } catch {
    return undefined
  }
}

export function PortsSection(props: {
  configured: { platform: number; bot: number; control: number }
  onCommit: (which: Which, port: number) => void
}) {
  const { t } = useTranslation('settings')
  const { setup } = useEngineStore()
  const running: Record<Which, string | undefined> = {
    platform: addressOf(setup?.platformUrl),
    bot: addressOf(setup?.botUrl),
    control: window.location.host || undefined,
  }
  return (
    <div className="s-ports" data-testid="settings-ports">
      <h3 className="s-sub">{t('prefs.ports')}</h3>
      <p className="s-help s-pad">
        <Prose text={t('prefs.portsHelp')} />
      </p>
      {(['platform', 'bot', 'control'] as const).map((which) => {
        const now = running[which]
        return (
          <NumberCell
            key={which}
            id={`s-port-${which}`}
            label={t(`prefs.${which}`)}
            inputLabel={t('prefs.portNext', { name: t(`prefs.${which}`) })}
            help={now ? t('prefs.portNow', { address: now }) : t('prefs.portNowNone')}
            helpTestId={`settings-port-${which}-now`}
            value={props.configured[which]}
            min={0}
            max={65535}
            onCommit={(port) => props.onCommit(which, port)}
          />
        )
      })}
    </div>
  )
}
