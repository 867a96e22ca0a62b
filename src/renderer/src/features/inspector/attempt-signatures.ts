/**
 * The signature breakdowns to show for one attempt: the ones recorded on it. Records written
 * before attempts kept their own fall back to the exchange's, but only where that one is right —
 * verification signs both requests alike, and a push's analysis holds its last attempt's.
 */
import type { SignatureBreakdown } from '../../../../shared/model/breakdowns'
import type { Attempt, Exchange } from '../../../../shared/model/exchange'

export interface AttemptSignatures {
  readonly signature?: SignatureBreakdown
  readonly msgSignature?: SignatureBreakdown
  /** Signed, but the breakdown was not recorded (an older log). */
  readonly notRecorded: boolean
}

export function attemptSignatures(exchange: Exchange, attempt: Attempt): AttemptSignatures {
  if (attempt.signature) {
    return {
      signature: attempt.signature,
      ...(attempt.msgSignature ? { msgSignature: attempt.msgSignature } : {}),
      notRecorded: false,
    }
  }
  switch (exchange.kind) {
    case 'verify':
      return { signature: exchange.analysis.signature, notRecorded: false }
    case 'push': {
      const last = exchange.attempts.at(-1)?.index === attempt.index
      if (!last) return { notRecorded: true }
      const { signature, msgSignature } = exchange.analysis
      return { signature, ...(msgSignature ? { msgSignature } : {}), notRecorded: false }
    }
    case 'api':
    case 'oauth':
    case 'page':
      return { notRecorded: false }
  }
}
