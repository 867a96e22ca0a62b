/**
 * Every `wx.*` API the phone browser's jweixin knows (the JS-SDK doc's list for 1.6.0), and how a
 * desk simulator answers each (protocol.md §11). Result shapes are the doc's: `errMsg` is
 * `<api>:ok` on success, plus the API's own fields (chooseImage's localIds, getLocation's
 * latitude…). What a desk cannot do (scan, pay, record) fails with `<api>:fail, <why>` rather
 * than pretending.
 */
import { randomAlnum } from '../runtime/random'
import type { Random } from '../runtime/random'
import type { LocalIdStore, PhonePhoto } from './phone-photos'
import { photoData } from './phone-photos'

export interface CallContext {
  readonly random: Random
  readonly photos: readonly PhonePhoto[]
  readonly localIds: LocalIdStore
  /** The phone's place (the location form's default), as numbers. */
  readonly place: { readonly latitude: number; readonly longitude: number }
  /** The APIs the shim defines: checkJsApi answers from it. */
  readonly known: ReadonlySet<string>
}

export type Args = Readonly<Record<string, unknown>>

/** What an API answers: its result fields (errMsg added by the caller), or why it failed. */
export type Answer =
  | { readonly ok: true; readonly fields: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly reason: string }

type Answerer = (args: Args, ctx: CallContext) => Answer

const ok = (fields: Record<string, unknown> = {}): Answer => ({ ok: true, fields })
const fail = (reason: string): Answer => ({ ok: false, reason })

/** Share settings and menu switches: nothing to do on a desk but record them. */
const RECORDED = [
  'updateAppMessageShareData',
  'updateTimelineShareData',
  'onMenuShareTimeline',
  'onMenuShareAppMessage',
  'onMenuShareQQ',
  'onMenuShareWeibo',
  'onMenuShareQZone',
  'hideOptionMenu',
  'showOptionMenu',
  'hideMenuItems',
  'showMenuItems',
  'hideAllNonBaseMenuItem',
  'showAllNonBaseMenuItem',
  'closeWindow',
  'openLocation',
  'previewImage',
] as const

/**
 * APIs that only register a listener: WeChat calls their success/cancel when the user shares or
 * a recording ends, which never happens at a desk; the shim records the registration and calls
 * nothing back.
 */
export const LISTENER_APIS: readonly string[] = [
  'onMenuShareTimeline',
  'onMenuShareAppMessage',
  'onMenuShareQQ',
  'onMenuShareWeibo',
  'onMenuShareQZone',
  'onVoiceRecordEnd',
  'onVoicePlayEnd',
  'onSearchBeacons',
]

const NO_MICROPHONE = 'the simulated phone has no microphone'
const NOT_SIMULATED = 'not simulated by mpsim'

const ANSWERS: Readonly<Record<string, Answerer>> = {
  ...Object.fromEntries(RECORDED.map((api) => [api, () => ok()])),
  checkJsApi: (args, ctx) => {
    const list = stringList(args['jsApiList'])
    return ok({ checkResult: Object.fromEntries(list.map((api) => [api, ctx.known.has(api)])) })
  },
  chooseImage: (args, ctx) => {
    // The doc: count defaults to 9. The simulated user picks that many, as far as the album goes.
    const wanted = typeof args['count'] === 'number' ? Math.floor(args['count']) : 9
    const count = Math.max(1, Math.min(wanted, ctx.photos.length))
    const localIds = ctx.photos.slice(0, count).map((photo) => ctx.localIds.issue(photo))
    return ok({ localIds, sourceType: 'album' })
  },
  getLocalImgData: (args, ctx) => {
    const photo = ctx.localIds.photo(textArg(args, 'localId'))
    return photo ? ok({ localData: photoData(photo) }) : fail('unknown localId')
  },
  uploadImage: (args, ctx) => {
    if (!ctx.localIds.photo(textArg(args, 'localId'))) return fail('unknown localId')
    // A media_id-like id; the mock's media API does not keep the picture.
    return ok({ serverId: randomAlnum(ctx.random, 64) })
  },
  downloadImage: (args, ctx) => {
    const photo = ctx.photos[0]
    if (textArg(args, 'serverId') === '' || !photo) return fail('missing serverId')
    return ok({ localId: ctx.localIds.issue(photo) })
  },
  getLocation: (args, ctx) => {
    // The place as the form has it, for either coordinate type: mpsim does not convert between
    // wgs84 and gcj02 (a few hundred metres apart in China).
    const type = args['type'] === 'gcj02' ? 'gcj02' : 'wgs84'
    return ok({ ...ctx.place, speed: 0, accuracy: 30, type })
  },
  getNetworkType: () => ok({ networkType: 'wifi' }),
  scanQRCode: () => fail('the simulated phone has no camera'),
  chooseWXPay: () => fail(`WeChat Pay is ${NOT_SIMULATED}`),
  openAddress: () => fail(NOT_SIMULATED),
  addCard: () => fail(NOT_SIMULATED),
  chooseCard: () => fail(NOT_SIMULATED),
  openCard: () => fail(NOT_SIMULATED),
  openProductSpecificView: () => fail(NOT_SIMULATED),
  startSearchBeacons: () => fail(NOT_SIMULATED),
  stopSearchBeacons: () => fail(NOT_SIMULATED),
  onSearchBeacons: () => ok(),
  startRecord: () => fail(NO_MICROPHONE),
  stopRecord: () => fail(NO_MICROPHONE),
  onVoiceRecordEnd: () => ok(),
  playVoice: () => fail(NO_MICROPHONE),
  pauseVoice: () => fail(NO_MICROPHONE),
  stopVoice: () => fail(NO_MICROPHONE),
  onVoicePlayEnd: () => ok(),
  uploadVoice: () => fail(NO_MICROPHONE),
  downloadVoice: () => fail(NO_MICROPHONE),
  translateVoice: () => fail(NO_MICROPHONE),
}

/** The names the shim defines on `wx` besides config/ready/error. */
export const JSSDK_APIS: readonly string[] = Object.keys(ANSWERS).sort()

export function answerCall(api: string, args: Args, ctx: CallContext): Answer {
  const answer = ANSWERS[api]
  return answer ? answer(args, ctx) : fail('no such JS-SDK API')
}

function textArg(args: Args, name: string): string {
  const value = args[name]
  return typeof value === 'string' ? value : ''
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}
