/**
 * What happens when a simulated user scans a parametric QR code (doc "接收事件推送 — 扫描带参数
 * 二维码事件", protocol.md §6): a user who does not follow gets followed and WeChat pushes `subscribe`
 * with EventKey `qrscene_<scene>` and the Ticket; a follower gets `SCAN` with EventKey `<scene>`
 * [doc]. The platform side is done here — the user now follows via ADD_SCENE_QR_CODE with the
 * scene recorded (protocol.md §10.2), and the customer-service window opens (3 per minute, protocol.md §10.3) —
 * and the event to push comes back as data for the push engine to deliver.
 */
import type { PlatformContext } from '../../context/platform-context'
import type { PlatformState } from '../state'
import { sceneText } from '../state/qrcodes'

export type ScanOutcome =
  | {
      readonly ok: true
      readonly event: 'subscribe' | 'SCAN'
      readonly accountId: string
      readonly openid: string
      /** `qrscene_123` for subscribe, `123` for SCAN. */
      readonly eventKey: string
      readonly ticket: string
      /** Simulated Unix seconds of the scan (the push's CreateTime). */
      readonly simTime: number
    }
  | {
      readonly ok: false
      readonly reason: 'unknown-ticket' | 'expired' | 'unknown-user' | 'other-account'
    }

export function scanQrCode(
  ctx: PlatformContext,
  state: PlatformState,
  ticket: string,
  openid: string,
): ScanOutcome {
  const code = state.qrcodes.find(ticket)
  if (!code) return { ok: false, reason: 'unknown-ticket' }
  // The phone shows "二维码已过期" and nothing reaches the account.
  if (state.qrcodes.expired(code)) return { ok: false, reason: 'expired' }
  const user = ctx.directory.user(openid)
  if (!user) return { ok: false, reason: 'unknown-user' }
  if (user.accountId !== code.accountId) return { ok: false, reason: 'other-account' }

  const simTime = ctx.clock.nowSeconds()
  const scene = sceneText(code.scene)
  const base = { ok: true, accountId: code.accountId, openid, ticket, simTime } as const
  if (user.subscribed) {
    state.window.open(code.accountId, openid, 'scan')
    return { ...base, event: 'SCAN', eventKey: scene }
  }
  ctx.directory.putUser({
    ...user,
    subscribed: true,
    subscribeTime: simTime,
    subscribeScene: 'ADD_SCENE_QR_CODE',
    qrScene: 'id' in code.scene ? code.scene.id : 0,
    qrSceneStr: 'str' in code.scene ? code.scene.str : '',
  })
  state.window.open(code.accountId, openid, 'follow')
  return { ...base, event: 'subscribe', eventKey: `qrscene_${scene}` }
}
