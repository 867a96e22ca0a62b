/**
 * POST /wechat — a message or event push (protocol.md §4), answered within 5 seconds with a passive
 * reply (protocol.md §7), `success`, or an encrypted envelope (protocol.md §8.5).
 *
 * In order:
 * 1. `signature` from the query (all modes): is this WeChat? Checked by requireSignature before
 *    the body is even read (see create-bot-app.ts).
 * 2. `encrypt_type=aes` (safe and compatible modes): check `msg_signature`, decrypt — with the
 *    previous EncodingAESKey if the current one fails (protocol.md §2).
 * 3. Parse the XML and decide what to answer (replies/decide.ts, pure).
 * 4. Start any follow-up work (the slow demo's customer-service message) in the background.
 * 5. A media reply gets its media_id: uploaded once, then reused (wechat/uploaded-media.ts).
 * 6. Answer: `success` for "no reply" — unencrypted even in safe mode (protocol.md §7.3) — or the reply
 *    XML, encrypted with the key that decrypted the push.
 */
import type { Request, Response } from 'express'
import type { BackgroundWork } from '../background-work'
import type { ResolvedBotConfig } from '../config'
import { BotHttpError } from '../http/bot-error'
import { ownBaseUrl } from '../http/own-url'
import { optionalParam, requiredParams } from '../http/query'
import { bodyText } from '../http/xml-body'
import type { AccessTokenCache } from '../platform-client/access-token'
import { sendCustomText } from '../platform-client/custom-send'
import type { TemporaryMediaCache } from '../platform-client/temporary-media-cache'
import { decide } from '../replies/decide'
import type { FollowUp } from '../replies/reply'
import { renderReply } from '../replies/render-reply'
import { readPushXml } from './inbound-push'
import type { InboundPush } from './inbound-push'
import { RecentPushes } from './recent-pushes'
import { openEncryptedPush, sealReply } from './secure-mode'
import { replyWithMedia } from './uploaded-media'

export interface MessageDeps {
  readonly config: ResolvedBotConfig
  readonly work: BackgroundWork
  readonly tokens: AccessTokenCache
  /** The demo media replies' uploaded ids (wechat/uploaded-media.ts). */
  readonly media: TemporaryMediaCache
}

export function messageRoute(deps: MessageDeps) {
  const { config, work } = deps
  const recent = new RecentPushes(config.now)

  return async function receive(req: Request, res: Response): Promise<void> {
    const signed = requiredParams(req, ['timestamp', 'nonce'])
    const encrypted = isEncrypted(req)
    // Read once per push: the reply is sealed with the same account the push was opened with.
    const account = config.account()
    let xml = bodyText(req)
    let encodingAesKey = account.encodingAesKey
    if (encrypted) {
      const { msg_signature: msgSignature } = requiredParams(req, ['msg_signature'])
      const opened = openEncryptedPush(xml, { ...signed, msgSignature }, account)
      xml = opened.xml
      encodingAesKey = opened.encodingAesKey
    }
    const push = readPushXml(xml)
    const decision = decide(push, { baseUrl: ownBaseUrl(req), slowDelayMs: config.slowDelayMs })
    if (decision.followUp && recent.firstTime(push)) startFollowUp(deps, push, decision.followUp)

    if (decision.delayMs !== undefined) {
      // The slow-wrong demo: the work happens before the reply, so WeChat gives up at 5 s.
      const finished = await work.sleep(decision.delayMs)
      if (!finished) {
        if (!res.headersSent) res.status(503).type('text/plain').send('the bot is stopping')
        return
      }
      // WeChat hung up long ago: nobody is left to read the reply.
      if (req.socket.destroyed) return
    }

    // An image/voice/video/music demo uploads its file first (at most a couple of seconds, once).
    const finalReply = await replyWithMedia(deps, decision)
    const replyXml = renderReply(finalReply, push, config.now())
    if (replyXml === undefined) {
      res.status(200).type('text/plain; charset=utf-8').send('success')
      return
    }
    const body = encrypted
      ? sealReply({
          replyXml,
          token: account.token,
          appId: account.appId,
          encodingAesKey,
          random: config.random,
          now: config.now(),
        })
      : replyXml
    // WeChat ignores the reply's Content-Type (protocol.md §7.1); application/xml is what it is.
    res.status(200).type('application/xml; charset=utf-8').send(body)
  }
}

/** `encrypt_type` absent or `raw`: plaintext; `aes`: encrypted (protocol.md §4.1). */
function isEncrypted(req: Request): boolean {
  const encryptType = optionalParam(req, 'encrypt_type')
  if (encryptType === undefined || encryptType === '' || encryptType === 'raw') return false
  if (encryptType === 'aes') return true
  throw new BotHttpError(
    400,
    'param-invalid',
    `未知的 encrypt_type "${encryptType}" / unknown encrypt_type: expected aes or raw.`,
  )
}

function startFollowUp(deps: MessageDeps, push: InboundPush, followUp: FollowUp): void {
  const { config, work, tokens } = deps
  work.run(`customer-service message to ${push.fromUserName}`, async (signal) => {
    // Stands in for the slow work (a search, a payment check…) the answer depends on.
    if (!(await work.sleep(followUp.afterMs))) return
    const target = { platformBaseUrl: config.platformBaseUrl, tokens }
    await sendCustomText(target, push.fromUserName, followUp.content, signal)
  })
}
