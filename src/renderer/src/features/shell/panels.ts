/**
 * The panels of the left navigation, as data: one table read by the sidebar and the router.
 */
export type PanelId =
  'chat' | 'inspector' | 'oauth' | 'replay' | 'load' | 'settings' | 'crypto-lab' | 'platform-data'

export type NavKey =
  'chat' | 'inspector' | 'oauth' | 'replay' | 'load' | 'settings' | 'cryptoLab' | 'platformData'
export type GroupKey = 'groupSimulate' | 'groupTools' | 'groupWorkspace'

export interface PanelEntry {
  id: PanelId
  /** Key under `nav.` in the i18n resources. */
  label: NavKey
}

export const NAV_GROUPS: readonly { label: GroupKey; panels: readonly PanelEntry[] }[] = [
  {
    label: 'groupSimulate',
    panels: [
      { id: 'chat', label: 'chat' },
      { id: 'inspector', label: 'inspector' },
      { id: 'oauth', label: 'oauth' },
      { id: 'replay', label: 'replay' },
      { id: 'load', label: 'load' },
    ],
  },
  {
    label: 'groupTools',
    panels: [{ id: 'crypto-lab', label: 'cryptoLab' }],
  },
  {
    label: 'groupWorkspace',
    panels: [
      { id: 'platform-data', label: 'platformData' },
      { id: 'settings', label: 'settings' },
    ],
  },
]

/** It starts useful: the phone with a text message ready to send. */
export const DEFAULT_PANEL: PanelId = 'chat'
