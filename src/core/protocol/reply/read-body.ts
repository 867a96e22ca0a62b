/**
 * Turns a body into one of three things (protocol.md §7.3): no reply (empty or `success`), a refusal
 * (not a passive reply: JSON, HTML, text, malformed XML, a root other than <xml>), or the root's
 * children to validate. Used on the HTTP body and again on a decrypted envelope's plaintext.
 */
import type { ReplyProblem } from '../../../shared/model/reply-problem-codes'
import type { NoReplyReason } from '../../../shared/model/verdict'
import { XmlError } from '../errors'
import { parseXmlDocument } from '../xml-codec'
import type { XmlNode } from '../xml-node'
import { classifyBody } from './body-kind'
import type { BodyKind } from './body-kind'
import { fact, problem } from './problems'
import type { Detail } from './problems'

export type BodyReading =
  | {
      readonly kind: 'no-reply'
      readonly reason: Extract<NoReplyReason, 'empty' | 'success'>
      readonly problems: ReplyProblem[]
    }
  | { readonly kind: 'refused'; readonly problems: ReplyProblem[] }
  | {
      readonly kind: 'xml'
      readonly nodes: readonly XmlNode[]
      /** Accepted, but worth a word: a BOM before the root. */
      readonly notes: ReplyProblem[]
    }

/**
 * @param decrypted true for an envelope's plaintext: `success` must be sent unencrypted
 *   (protocol.md §7.3), so an encrypted one is refused instead of meaning "no reply".
 */
export function readBody(body: string, decrypted = false): BodyReading {
  const kind = classifyBody(body)
  switch (kind.kind) {
    case 'empty':
    case 'whitespace':
    case 'success':
      return decrypted ? refused(problem('success-encrypted', { got: body.trim() })) : noReply(kind)
    case 'success-lookalike':
      return refused(problem('success-not-exact', { got: kind.got, expected: 'success' }))
    case 'json':
      return refused(
        problem('body-json', { ...fact('hint', kind.hint), ...fact('message', kind.message) }),
      )
    case 'html':
      return refused(
        problem('body-html', { ...fact('title', kind.title), ...fact('hint', kind.hint) }),
      )
    case 'text':
      return refused(problem('body-not-xml', { preview: kind.preview }))
    case 'markup':
      return readXml(body)
  }
}

const refused = (p: ReplyProblem): BodyReading => ({ kind: 'refused', problems: [p] })

function noReply(
  kind: Extract<BodyKind, { kind: 'empty' | 'whitespace' | 'success' }>,
): BodyReading {
  switch (kind.kind) {
    case 'empty':
      return { kind: 'no-reply', reason: 'empty', problems: [problem('no-reply-empty')] }
    case 'whitespace':
      // Only 0 bytes is documented (protocol.md §7.3); whitespace is [unconfirmed], assumed the same.
      return {
        kind: 'no-reply',
        reason: 'empty',
        problems: [problem('body-whitespace-only', { bytes: kind.bytes })],
      }
    case 'success':
      return {
        kind: 'no-reply',
        reason: 'success',
        problems: [problem(kind.exact ? 'no-reply-success' : 'success-padded')],
      }
  }
}

function readXml(body: string): BodyReading {
  try {
    const parsed = parseXmlDocument(body)
    if (parsed.root !== 'xml') {
      // Django REST framework's XMLRenderer wraps everything in <root> (seed-journey.txt).
      const hint = parsed.root === 'root' ? 'django-rest-framework-xml-renderer' : undefined
      return refused(
        problem('root-not-xml', { got: parsed.root, expected: 'xml', ...fact('hint', hint) }),
      )
    }
    // A UTF-8 BOM (PHP/Windows editors) is invisible; whether WeChat tolerates it is
    // [unconfirmed], so it is a warning, not a refusal.
    const notes = parsed.outside.bom ? [problem('bom-before-root')] : []
    return { kind: 'xml', nodes: parsed.nodes, notes }
  } catch (error) {
    if (!(error instanceof XmlError)) throw error
    return refused(problem('xml-malformed', malformedDetail(error)))
  }
}

/** The XmlError code as `reason`; the parser's own words only for syntax errors, where they help. */
function malformedDetail(error: XmlError): Detail {
  const parserMessage = error.code === 'xml-malformed' ? error.message : undefined
  return { reason: error.code, ...error.detail, ...fact('parserMessage', parserMessage) }
}
