/**
 * An encrypted passive reply end to end (protocol.md §7.3 checklist "(aes) parse envelope, verify
 * MsgSignature, decrypt, check appid"), then the decrypted plaintext judged by the same rules as a
 * plaintext reply. Problems from inside the envelope are marked `layer: 'decrypted'`.
 */
import type { ReplyProblem } from '../../../shared/model/reply-problem-codes'
import type { EnvelopeReport, ParsedReply } from '../../../shared/model/verdict'
import type { XmlNode } from '../xml-node'
import { openEnvelope } from './envelope'
import type { CryptoSettings, PushFacts } from './input'
import { inDecrypted } from './problems'
import { readBody } from './read-body'
import { checkReplyXml } from './reply-xml'

export interface EncryptedReplyCheck {
  readonly problems: ReplyProblem[]
  readonly envelope: EnvelopeReport
  readonly reply?: ParsedReply
}

export function checkEncryptedReply(
  nodes: readonly XmlNode[],
  push: PushFacts,
  crypto: CryptoSettings,
): EncryptedReplyCheck {
  const opened = openEnvelope(nodes, crypto)
  const result = { problems: opened.problems, envelope: opened.report }
  if (opened.plaintext === undefined) return result
  const inner = readBody(opened.plaintext, true)
  switch (inner.kind) {
    case 'no-reply': // unreachable: readBody refuses an encrypted `success`/empty body
    case 'refused':
      return { ...result, problems: [...result.problems, ...inDecrypted(inner.problems)] }
    case 'xml': {
      const checked = checkReplyXml(inner.nodes, push, crypto.appId)
      const problems = [...result.problems, ...inDecrypted([...inner.notes, ...checked.problems])]
      return checked.reply ? { ...result, problems, reply: checked.reply } : { ...result, problems }
    }
  }
}
