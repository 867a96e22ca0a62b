/**
 * The custom menu per account (protocol.md §10.5), stored as `/cgi-bin/menu/get` echoes it. Every change
 * is announced on the bus ('menu') so the simulated phone redraws its menu bar.
 */
import type { Menu, MenuButton } from '../../../shared/model/menu'
import type { EventBus } from '../../runtime/event-bus'

export type { Menu, MenuButton }

export class MenuStore {
  private readonly menus = new Map<string, Menu>()

  private readonly bus: EventBus

  constructor(bus: EventBus) {
    this.bus = bus
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
