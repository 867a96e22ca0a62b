/**
 * The body of /cgi-bin/qrcode/create (doc "生成带参数的二维码"):
 * {"expire_seconds":604800,"action_name":"QR_SCENE","action_info":{"scene":{"scene_id":123}}}.
 * Temporary scene_id is a non-zero 32-bit integer, permanent 1–100000; scene_str 1–64 chars;
 * expire_seconds defaults to 60 and may not exceed 2592000 (30 days) [doc]. A bad action_name
 * answers 40052, a bad scene 40053 [sdk: WxJava's error table]. Over-long expire_seconds is
 * clamped to 30 days [unconfirmed].
 */
import { isObject, obj, str } from './fields'
import type { JsonObject } from './json-body'
import type { QrAction, QrScene } from '../state/qrcodes'

export const QR_ACTIONS: readonly QrAction[] = [
  'QR_SCENE',
  'QR_STR_SCENE',
  'QR_LIMIT_SCENE',
  'QR_LIMIT_STR_SCENE',
]
export const QR_DEFAULT_EXPIRE_SECONDS = 60
export const QR_MAX_EXPIRE_SECONDS = 2_592_000

export type QrRequest =
  | {
      readonly ok: true
      readonly action: QrAction
      readonly scene: QrScene
      /** Absent for permanent codes. */
      readonly expireSeconds?: number
    }
  | { readonly ok: false; readonly errcode: 40052 | 40053; readonly problem: string }

function isAction(v: string | undefined): v is QrAction {
  return (QR_ACTIONS as readonly (string | undefined)[]).includes(v)
}

export function parseQrRequest(body: JsonObject): QrRequest {
  const action = str(body, 'action_name')
  if (!isAction(action)) return { ok: false, errcode: 40052, problem: 'action_name' }
  const scene = obj(obj(body, 'action_info'), 'scene')
  const parsed = action.endsWith('STR_SCENE') ? strScene(scene) : idScene(scene, action)
  if (!parsed) return { ok: false, errcode: 40053, problem: 'scene' }
  if (action === 'QR_LIMIT_SCENE' || action === 'QR_LIMIT_STR_SCENE') {
    return { ok: true, action, scene: parsed }
  }
  return { ok: true, action, scene: parsed, expireSeconds: expireSeconds(body.expire_seconds) }
}

function strScene(scene: JsonObject | undefined): QrScene | undefined {
  const s = str(scene, 'scene_str')
  return s !== undefined && s.length >= 1 && s.length <= 64 ? { str: s } : undefined
}

function idScene(scene: JsonObject | undefined, action: QrAction): QrScene | undefined {
  const id = isObject(scene) ? scene.scene_id : undefined
  if (typeof id !== 'number' || !Number.isInteger(id)) return undefined
  const max = action === 'QR_LIMIT_SCENE' ? 100_000 : 0xffff_ffff
  return id >= 1 && id <= max ? { id } : undefined
}

function expireSeconds(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 1) {
    return QR_DEFAULT_EXPIRE_SECONDS
  }
  return Math.min(Math.floor(value), QR_MAX_EXPIRE_SECONDS)
}
