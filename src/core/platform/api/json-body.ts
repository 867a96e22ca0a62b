/**
 * The JSON body of a POST API (protocol.md §10: UTF-8 JSON). The bytes are read whatever the
 * Content-Type says and a non-JSON Content-Type is only a warning on the Exchange: WeChat is not
 * known to check it, and refusing here could fail bots that work for real [unconfirmed]. Empty
 * bodies answer 44002 "empty post data", unparsable or non-object ones 47001 "data format error"
 * [doc].
 */
import type { Request, Response } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import { noteAnalysis, noteWarnings } from './analysis'
import { answerError } from './reply'

export type JsonObject = Readonly<Record<string, unknown>>

export type BodyProblem = 'empty-body' | 'invalid-json' | 'not-an-object'

export function parseJsonObject(bytes: Buffer): JsonObject | BodyProblem {
  if (bytes.length === 0) return 'empty-body'
  let parsed: unknown
  try {
    parsed = JSON.parse(bytes.toString('utf8'))
  } catch {
    return 'invalid-json'
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return 'not-an-object'
  }
  return parsed as JsonObject
}

/** The body as an object, or undefined after answering 44002/47001. */
export function readJsonBody(
  ctx: PlatformContext,
  req: Request,
  res: Response,
): JsonObject | undefined {
  const raw: unknown = req.body
  const result = parseJsonObject(Buffer.isBuffer(raw) ? raw : Buffer.alloc(0))
  const contentType = req.headers['content-type'] ?? ''
  if (!/\bjson\b/i.test(contentType)) noteWarnings(res, ['content-type-not-json'])
  if (typeof result === 'string') {
    noteAnalysis(res, { bodyProblem: result })
    answerError(ctx, res, result === 'empty-body' ? 44002 : 47001)
    return undefined
  }
  return result
}
