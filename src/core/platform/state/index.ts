/**
 * Everything the mock API keeps between calls, built once per platform on its simulated clock.
 * The control API holds the same object to rotate tokens, toggle the CS-window mode or list menus.
 */
import type { PlatformContext } from '../../context/platform-context'
import { AudienceStore } from './audience'
import { AvatarStore } from './avatars'
import { CustomServiceWindow } from './cs-window'
import { MediaStore } from './media-store'
import { MessagingStore } from './messaging'
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
  /** Temporary media and permanent material (files in the workspace's media/ folder). */
  readonly media: MediaStore
  /** Avatars the user picked for simulated users (avatars/). */
  readonly avatars: AvatarStore
  /** Tags and the blacklist. */
  readonly audience: AudienceStore
  /** Templates, mass sends, customer-service accounts, drafts and publishing. */
  readonly messaging: MessagingStore
}

export function createPlatformState(
  ctx: Pick<PlatformContext, 'clock' | 'random' | 'bus'>,
  storage: { readonly dir?: string } = {},
): PlatformState {
  const deps = { clock: ctx.clock, random: ctx.random, bus: ctx.bus, ...storage }
  return {
    tokens: new TokenStore(ctx.clock, ctx.random),
    tickets: new TicketStore(ctx.clock, ctx.random),
    quotas: new QuotaCounter(ctx.clock),
    window: new CustomServiceWindow(ctx.clock),
    menus: new MenuStore(ctx.bus, storage.dir),
    qrcodes: new QrCodeStore(ctx.clock, ctx.random),
    templates: new TemplateLog(ctx.random),
    media: new MediaStore(deps),
    avatars: new AvatarStore(deps),
    audience: new AudienceStore(deps),
    messaging: new MessagingStore(deps),
  }
}
