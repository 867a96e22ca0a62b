/**
 * Everything the mock API keeps between calls, built once per platform on its simulated clock.
 * The control API holds the same object to rotate tokens, toggle the CS-window mode or list menus.
 */
import type { PlatformContext } from '../../context/platform-context'
import { CustomServiceWindow } from './cs-window'
import { MenuStore } from './menus'
import { QrCodeStore } from './qrcodes'
import { QuotaCounter } from './quotas'
import { TemplateLog } from './template-log'
import { TicketStore } from './tickets'
import { TokenStore } from './tokens'

export interface PlatformState {
  readonly tokens: TokenStore
  readonly tickets: TicketStore
  readonly quotas: QuotaCounter
  readonly window: CustomServiceWindow
  readonly menus: MenuStore
  readonly qrcodes: QrCodeStore
  readonly templates: TemplateLog
}

export function createPlatformState(
  ctx: Pick<PlatformContext, 'clock' | 'random' | 'bus'>,
): PlatformState {
  return {
    tokens: new TokenStore(ctx.clock, ctx.random),
    tickets: new TicketStore(ctx.clock, ctx.random),
    quotas: new QuotaCounter(ctx.clock),
    window: new CustomServiceWindow(ctx.clock),
    menus: new MenuStore(ctx.bus),
    qrcodes: new QrCodeStore(ctx.clock, ctx.random),
    templates: new TemplateLog(ctx.random),
  }
}
