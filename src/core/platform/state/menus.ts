/**
 * The custom menu per account (protocol.md §10.5), stored as `/cgi-bin/menu/get` echoes it, and the
 * personalised menus beside it (`conditional`, menu-conditional.ts). Every change is announced on
 * the bus ('menu') so the simulated phone redraws its menu bar.
 */
import type { Menu, MenuButton } from '../../../shared/model/menu'
import type { EventBus } from '../../runtime/event-bus'
import { ConditionalMenuStore } from './menu-conditional'
import type { MenuViewer } from './menu-conditional'

export type { Menu, MenuButton }

export class MenuStore {
  private readonly menus = new Map<string, Menu>()

  private readonly bus: EventBus

  /** Personalised menus; kept in `<dir>/conditional-menus/` when a workspace folder is given. */
  readonly conditional: ConditionalMenuStore

  constructor(bus: EventBus, dir?: string) {
    this.bus = bus
    this.conditional = new ConditionalMenuStore(dir)
  }

  /**
   * What this viewer sees: the newest matching personalised menu, else the default menu [doc].
   * No default menu means no menu at all (deleting it deletes the personalised ones [doc]).
   */
  menuFor(accountId: string, viewer: MenuViewer): Menu | undefined {
    const fallback = this.menus.get(accountId)
    if (!fallback) return undefined
    const matched = this.conditional.match(accountId, viewer)
    return matched ? { button: matched.button } : fallback
  }

  /** Announces a personalised-menu change so the phone redraws. */
  changed(accountId: string): void {
    this.bus.emit('menu', { accountId })
  }

  get(accountId: string): Menu | undefined {
    return this.menus.get(accountId)
  }

  /** Replaces the menu (menu/create replaces the whole menu [doc]). */
  set(accountId: string, menu: Menu): void {
    this.menus.set(accountId, menu)
    this.bus.emit('menu', { accountId })
  }

  /** False when there was no menu. */
  delete(accountId: string): boolean {
    const had = this.menus.delete(accountId)
    if (had) this.bus.emit('menu', { accountId })
    return had
  }
}
