/**
 * Control commands for the platform's images (docs/api-images.md): a picked avatar for a simulated
 * user (setUserAvatar) and the account's QR codes with the address of their picture (listQrCodes).
 */
import { ControlError } from '../control-error'
import type { Handlers } from '../mount-contract'
import type { QrCode } from '../../platform/state/qrcodes'
import { sceneText } from '../../platform/state/qrcodes'
import { AVATAR_OPENID } from '../../platform/images/avatar-sizes'
import { normalizePickedAvatar } from '../../platform/images/picked-avatar'
import { AVATAR_PATH_PREFIX, avatarUrl } from '../../platform/images/served-url'
import { SHOWQRCODE_PATH } from '../../platform/images/showqrcode-route'
import type { QrCodeItem } from '../../../shared/control/platform-data-schemas'
import type { PlatformDataDeps } from './platform-data-deps'

type ImagesCommands = Pick<Handlers, 'setUserAvatar' | 'listQrCodes'>

export function imagesHandlers(deps: PlatformDataDeps): ImagesCommands {
  const { ctx, state, platformUrl } = deps
  return {
    setUserAvatar: async ({ accountId, openid, contentBase64 }) => {
      const user = ctx.directory.user(openid)
      if (!user || user.accountId !== accountId || !AVATAR_OPENID.test(openid)) {
        throw new ControlError(
          'not-found',
          `账号 ${accountId} 没有用户 ${openid} / account ${accountId} has no user ${openid}`,
        )
      }
      if (contentBase64 === undefined) {
        await state.avatars.reset(openid)
      } else {
        const picked = normalizePickedAvatar(Buffer.from(contentBase64, 'base64'))
        if (!picked.ok) {
          throw new ControlError('invalid-input', picked.reason, [
            { path: 'contentBase64', message: picked.reason },
          ])
        }
        await state.avatars.put(openid, picked.jpeg)
      }
      // A user whose headimgurl is empty or someone else's picture would never show the picked
      // one: point it at mpsim's avatar address (saved with users.json).
      if (!isOwnAvatarUrl(user.headimgurl, openid)) {
        ctx.directory.putUser({ ...user, headimgurl: avatarUrl(platformUrl, openid) })
      }
      return { ok: true as const }
    },
    listQrCodes: ({ accountId }) => {
      const id = accountId ?? ctx.directory.listAccounts()[0]?.id
      if (id === undefined || !ctx.directory.account(id)) {
        throw new ControlError('not-found', `没有账号 ${id ?? ''} / no account ${id ?? '(none)'}`)
      }
      const items = state.qrcodes
        .list(id)
        .sort((a, b) => b.createdAtMs - a.createdAtMs)
        .map((code) => qrItem(code, state.qrcodes.expired(code), platformUrl))
      return Promise.resolve({ items })
    },
  }
}

function isOwnAvatarUrl(url: string, openid: string): boolean {
  if (!URL.canParse(url)) return false
  return new URL(url).pathname.startsWith(`${AVATAR_PATH_PREFIX}${openid}/`)
}

function qrItem(code: QrCode, expired: boolean, platformUrl: string): QrCodeItem {
  return {
    ticket: code.ticket,
    url: code.url,
    accountId: code.accountId,
    action: code.action,
    scene: sceneText(code.scene),
    createdAt: Math.floor(code.createdAtMs / 1000),
    ...(code.expiresAtMs === undefined ? {} : { expiresAt: Math.floor(code.expiresAtMs / 1000) }),
    expired,
    // Encoded once, as a bot must (showqrcode-route.ts).
    imageUrl: `${platformUrl.replace(/\/+$/, '')}${SHOWQRCODE_PATH}?ticket=${encodeURIComponent(code.ticket)}`,
  }
}
