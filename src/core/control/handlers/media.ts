/**
 * Control commands for media (docs/api-media.md): list, inspect and delete what the account's
 * media store holds, and the phone's user sending a photo, voice clip or video (sendPhoneMedia),
 * which stores the file like WeChat does and pushes it to the bot.
 */
import { ControlError } from '../control-error'
import type { Handlers } from '../mount-contract'
import { PhoneMediaError, storeUserMedia } from '../../engine/user-media'
import { STORE_LIMITS } from '../../platform/state/media-store'
import type { StoredMedia } from '../../platform/state/media-store'
import type { MediaItem } from '../../../shared/control/platform-data-schemas'
import type { PlatformDataDeps } from './platform-data-deps'

type MediaCommands = Pick<Handlers, 'listMedia' | 'getMedia' | 'deleteMedia' | 'sendPhoneMedia'>

export function mediaHandlers(deps: PlatformDataDeps): MediaCommands {
  const { state, engine } = deps
  const { media } = state
  const item = (m: StoredMedia): MediaItem => ({
    mediaId: m.mediaId,
    accountId: m.accountId,
    type: m.type,
    kind: m.kind,
    filename: m.filename,
    contentType: m.contentType,
    size: m.size,
    createdAt: m.createdAt,
    ...(m.expiresAt === undefined ? {} : { expiresAt: m.expiresAt }),
    expired: media.expired(m),
    origin: m.origin,
    ...(m.durationSec === undefined ? {} : { durationSec: m.durationSec }),
    ...(m.width === undefined ? {} : { width: m.width }),
    ...(m.height === undefined ? {} : { height: m.height }),
    previewUrl: media.previewUrl(m.mediaId),
    ...(m.title === undefined ? {} : { title: m.title }),
    ...(m.description === undefined ? {} : { description: m.description }),
  })
  const accountOf = (accountId: string | undefined) => {
    try {
      return engine.account(accountId)
    } catch (error) {
      throw new ControlError('not-found', error instanceof Error ? error.message : String(error))
    }
  }
  return {
    listMedia: ({ accountId }) => {
      const account = accountOf(accountId)
      return Promise.resolve({
        items: media.list(account.id).map(item),
        usedBytes: media.usedBytes(),
        limitBytes: STORE_LIMITS.bytes,
      })
    },
    getMedia: ({ accountId, mediaId }) => {
      const account = accountOf(accountId)
      const found = media.find(account.id, mediaId)
      return Promise.resolve(found ? item(found) : null)
    },
    deleteMedia: async ({ accountId, mediaId }) => {
      const account = accountOf(accountId)
      return { deleted: await media.remove(account.id, mediaId) }
    },
    sendPhoneMedia: async ({ accountId, openid, type, filename, contentBase64 }) => {
      const account = accountOf(accountId)
      const picked =
        contentBase64 === undefined
          ? undefined
          : {
              filename:
                filename ?? `upload.${type === 'image' ? 'jpg' : type === 'voice' ? 'amr' : 'mp4'}`,
              bytes: Buffer.from(contentBase64, 'base64'),
            }
      let values
      try {
        values = await storeUserMedia(media, account.id, type, picked)
      } catch (error) {
        if (error instanceof PhoneMediaError) {
          throw new ControlError('invalid-input', error.message, [
            { path: 'contentBase64', message: error.message },
          ])
        }
        throw error
      }
      return engine.send({
        accountId: account.id,
        ...(openid ? { openid } : {}),
        typeId: type,
        values,
      })
    },
  }
}
