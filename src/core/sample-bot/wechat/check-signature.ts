/**
 * The `signature` query parameter (protocol.md §3, §4.1): sha1 of token, timestamp and nonce, sorted as
 * plain strings. It proves the request came from someone who knows the Token — i.e. WeChat.
 *
 * On a mismatch the bot answers 403 and does nothing else. Real WeChat never sends a wrong
 * signature, so a mismatch means either a stranger is calling the bot's public URL, or the Token
 * configured here differs from the one typed into the admin page (then verification fails there
 * with "Token验证失败", which is the clue to compare the two). Echoing echostr without this check
 * (EasyWeChat 6 does, protocol.md §3) lets anyone "verify" your URL.
 */
import type { NextFunction, Request, Response } from 'express'
import type { BotAccount } from '../config'
import { verifyServerSignature } from '../../protocol/server-signature'
import { BotHttpError } from '../http/bot-error'
import { requiredParams } from '../http/query'

export interface SignedQuery {
  readonly timestamp: string
  readonly nonce: string
}

export function checkQuerySignature(req: Request, token: string): SignedQuery {
  const { signature, timestamp, nonce } = requiredParams(req, ['signature', 'timestamp', 'nonce'])
  if (!verifyServerSignature({ token, timestamp, nonce }, signature).ok) {
    throw new BotHttpError(
      403,
      'signature-mismatch',
      'signature 校验失败：请求不是来自微信，或这里的 Token 与公众平台上填写的不一致。\n' +
        'Signature mismatch: the request is not from WeChat, or this Token differs from the one ' +
        'in the admin page.',
    )
  }
  return { timestamp, nonce }
}

/**
 * The check as middleware, placed before the body is read: a request that is not from WeChat is
 * refused without buffering its (up to 1 MB) body first.
 */
export function requireSignature(account: () => Pick<BotAccount, 'token'>) {
  return function signatureGate(req: Request, _res: Response, next: NextFunction): void {
    checkQuerySignature(req, account().token)
    next()
  }
}
