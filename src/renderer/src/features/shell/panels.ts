/**
 * The panels of the left navigation, as data: one table read by the sidebar and the router.
 * `available: false` panels show an honest "coming in a later version" page, never fake content.
 */
export type PanelId = 'chat' | 'inspector' | 'oauth' | 'replay' | 'settings' | 'crypto-lab'
export type ComingPanelId = Exclude<PanelId, 'crypto-lab'>

export type NavKey = 'chat' | 'inspector' | 'oauth' | 'replay' | 'settings' | 'cryptoLab'
export type GroupKey = 'groupSimulate' | 'groupTools' | 'groupWorkspace'

export interface PanelEntry {
  id: PanelId
  /** Key under `nav.` in the i18n resources. */
  label: NavKey
  available: boolean
}

export const NAV_GROUPS: readonly { label: GroupKey; panels: readonly PanelEntry[] }[] = [
  {
    label: 'groupSimulate',
    panels: [
      { id: 'chat', label: 'chat', available: true },
      { id: 'inspector', label: 'inspector', available: true },
      { id: 'oauth', label: 'oauth', available: true },
      { id: 'replay', label: 'replay', available: false },
    ],
  },
  {
    label: 'groupTools',
    panels: [{ id: 'crypto-lab', label: 'cryptoLab', available: true }],
  },
  {
    label: 'groupWorkspace',
    panels: [{ id: 'settings', label: 'settings', available: true }],
  },
]

/** It starts useful: the phone with a text message ready to send. */
export const DEFAULT_PANEL: PanelId = 'chat'
