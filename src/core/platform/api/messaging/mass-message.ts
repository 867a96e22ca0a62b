/**
 * The message a mass send carries (docs/api-messaging.md "Mass sends"; WeChat doc "群发接口和原创校验"
 * [doc]): msgtype one of mpnews, text, voice, image, mpvideo (mass/send also names it video),
 * wxcard; unknown ⇒ 40008 [doc]. Media ids must be in the account's media store (state.media) and
 * not expired, mpnews ids may also name a draft (draft/add): unknown ⇒ 40007 [doc]. Images come as
 * `images: {media_ids: [...]}` [doc]; the older `image: {media_id}` is accepted too. Empty text
 * ⇒ 44004 [doc]; a missing card_id ⇒ 40073 [doc].
 */
import type { JsonObject } from '../json-body'
import { arr, filled, obj } from '../fields'
import type { PlatformState } from '../../state'

export const MASS_MSG_TYPES = ['mpnews', 'text', 'voice', 'image', 'mpvideo', 'video', 'wxcard']

export type MassMessageCheck =
  | { readonly ok: true; readonly msgType: string; readonly message: JsonObject }
  | { readonly ok: false; readonly errcode: number; readonly problem: string }

function mediaKnown(state: PlatformState, accountId: string, mediaId: string): boolean {
  const media = state.media.find(accountId, mediaId)
  return media !== undefined && !state.media.expired(media)
}

export function checkMassMessage(
  state: PlatformState,
  accountId: string,
  body: JsonObject,
): MassMessageCheck {
  const msgType = filled(body, 'msgtype')
  if (msgType === undefined || !MASS_MSG_TYPES.includes(msgType)) {
    return { ok: false, errcode: 40008, problem: 'unknown-msgtype' }
  }
  const bad = (errcode: number, problem: string): MassMessageCheck => ({
    ok: false,
    errcode,
    problem,
  })
  switch (msgType) {
    case 'text': {
      const message = obj(body, 'text') ?? {}
      return filled(message, 'content') === undefined
        ? bad(44004, 'missing:text.content')
        : { ok: true, msgType, message }
    }
    case 'wxcard': {
      const message = obj(body, 'wxcard') ?? {}
      return filled(message, 'card_id') === undefined
        ? bad(40073, 'missing:wxcard.card_id')
        : { ok: true, msgType, message }
    }
    case 'image': {
      const images = obj(body, 'images')
      const single = filled(obj(body, 'image'), 'media_id')
      const ids = images
        ? (arr(images, 'media_ids') ?? []).filter((v): v is string => typeof v === 'string')
        : single === undefined
          ? []
          : [single]
      if (ids.length === 0) return bad(40007, 'missing:images.media_ids')
      const unknown = ids.find((id) => !mediaKnown(state, accountId, id))
      if (unknown !== undefined) return bad(40007, `unknown-media:${unknown}`)
      return { ok: true, msgType, message: images ?? { media_ids: ids } }
    }
    case 'mpnews': {
      const message = obj(body, 'mpnews') ?? {}
      const id = filled(message, 'media_id')
      if (id === undefined) return bad(40007, 'missing:mpnews.media_id')
      const known =
        state.messaging.drafts.find(accountId, id) !== undefined || mediaKnown(state, accountId, id)
      return known ? { ok: true, msgType, message } : bad(40007, `unknown-media:${id}`)
    }
    default: {
      // voice, mpvideo, video: {media_id}
      const message = obj(body, msgType) ?? {}
      const id = filled(message, 'media_id')
      if (id === undefined) return bad(40007, `missing:${msgType}.media_id`)
      return mediaKnown(state, accountId, id)
        ? { ok: true, msgType, message }
        : bad(40007, `unknown-media:${id}`)
    }
  }
}
