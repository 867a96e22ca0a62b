/**
 * The values of each message (docs/load.md "The run"): what the catalogue builds by default —
 * fresh MsgIds, tickets, coordinates — plus what a real user varies. Texts come from a short list
 * of things people send a 公众号; a photo, voice clip or video is the sample shipped with mpsim,
 * stored once per run as temporary media so its MediaId and PicUrl really serve (media/get, the
 * picture URL), rather than a copy per message filling the media store.
 */
import type { PushValues } from '../../shared/model/catalog-types'
import type { Random } from '../runtime/random'

/** Messages people send an account: short, Chinese mostly, an emoji code, a digit menu choice. */
export const TEXTS: readonly string[] = [
  '你好',
  '在吗？',
  '查询订单',
  '人工客服',
  '帮助',
  '1',
  '营业时间是几点？',
  '谢谢',
  '我要退款',
  '/:share',
  'hello',
  '怎么联系你们？',
]

export interface PushValueSource {
  /** The values of one message of this type; undefined leaves every value to the catalogue. */
  valuesFor(typeId: string, random: Random): PushValues | undefined
}

/**
 * @param media the stored sample's values per media type id (`image`, `voice`…), prepared by the
 *   run before its first message.
 */
export function pushValueSource(media: ReadonlyMap<string, PushValues>): PushValueSource {
  return {
    valuesFor(typeId, random) {
      if (typeId === 'text') return { Content: TEXTS[random.int(TEXTS.length)] ?? '你好' }
      return media.get(typeId)
    },
  }
}
