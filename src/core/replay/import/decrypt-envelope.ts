/**
 * Opening an encrypted envelope (protocol.md §8) with the workspace's keys: every account's
 * current key, then its previous one (WeChat keeps using the old key for a while after a change,
 * protocol.md §2). Accounts whose 原始ID is the envelope's ToUserName are tried first. A wrong key
 * almost always fails the padding or length checks; the rare one that "succeeds" yields bytes that
 * are not WeChat XML, so a result counts only when it parses as a push document.
 */
import type { Account } from '../../../shared/model/account'
import { decryptMessage } from '../../protocol/message-crypto'
import { CryptoError } from '../../protocol/errors'
import { parseWechatXml } from '../../protocol/xml-codec'
import type { XmlNode } from '../../protocol/xml-node'

export type Decrypted =
  | { readonly ok: true; readonly message: string; readonly nodes: XmlNode[] }
  | { readonly ok: false; readonly detail: string }

export function decryptEnvelope(
  encrypt: string,
  toUserName: string | undefined,
  accounts: readonly Account[],
): Decrypted {
  const ordered = [
    ...accounts.filter((a) => a.originalId === toUserName),
    ...accounts.filter((a) => a.originalId !== toUserName),
  ]
  const failures: string[] = []
  for (const account of ordered) {
    const keys = [account.encodingAesKey, account.previousEncodingAesKey].filter(
      (k): k is string => k !== undefined && k !== '',
    )
    for (const [i, key] of keys.entries()) {
      const which = `${account.name} (${i === 0 ? 'current key' : 'previous key'})`
      try {
        const message = decryptMessage({ encrypt, encodingAesKey: key }).message
        return { ok: true, message, nodes: parseWechatXml(message) }
      } catch (error) {
        const code = error instanceof CryptoError ? error.code : 'not WeChat XML once decrypted'
        failures.push(`${which}: ${code}`)
      }
    }
  }
  if (failures.length === 0) return { ok: false, detail: 'no account in the workspace has a key' }
  return { ok: false, detail: `no key of the workspace opens it — ${failures.join('; ')}` }
}
