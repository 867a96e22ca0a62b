/** The errmsg table agrees with vectors/error-codes.json (a generated table gets a test). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { whitelistMessage } from '../../../src/core/platform/api/credentials'
import { ERRMSG } from '../../../src/core/platform/http/errcodes'
import { wechatError } from '../../../src/core/platform/http/wechat-json'
import { seededRandom } from '../../../src/core/runtime/random'
import { VECTORS_DIR } from '../../helpers/vectors'

const ErrorCodes = z.object({
  codes: z.array(
    z.object({ errcode: z.number(), errmsg_wire: z.string().nullable(), meaning: z.string() }),
  ),
})
const { codes } = ErrorCodes.parse(
  JSON.parse(readFileSync(join(VECTORS_DIR, 'error-codes.json'), 'utf8')),
)

describe('ERRMSG vs error-codes.json', () => {
  it.each(codes.map((c) => [c.errcode, c]))('%i has a text', (_code, c) => {
    expect(ERRMSG[c.errcode]).toBeTypeOf('string')
  })

  it.each(
    codes.filter((c) => c.errmsg_wire !== null && c.errcode !== 40164).map((c) => [c.errcode, c]),
  )('%i uses the wire text', (_code, c) => {
    expect(ERRMSG[c.errcode]).toBe(c.errmsg_wire)
  })

  it('40164 names the caller the way the wire sample does', () => {
    const wire = codes.find((c) => c.errcode === 40164)?.errmsg_wire
    expect(whitelistMessage('1.2.3.4')).toBe(wire)
  })

  // Every code a route answers must have its own text (no fallback to "system error").
  it.each([
    40002, 40003, 40007, 40008, 40013, 40014, 40016, 40017, 40018, 40019, 40020, 40022, 40023,
    40024, 40025, 40026, 40027, 40032, 40037, 40052, 40053, 40054, 40055, 40066, 40073, 40097,
    40125, 41001, 41002, 41004, 41009, 41010, 42001, 43001, 43002, 43004, 44002, 44003, 44004,
    45002, 45008, 45009, 45011, 45015, 45047, 46003, 47001, 48006,
  ])('%i, answered by a route, has a text', (code) => {
    expect(ERRMSG[code]).toBeTypeOf('string')
  })
})

describe('wechatError', () => {
  it('appends a rid to errors but not to ok', () => {
    const random = seededRandom('errcodes')
    expect(wechatError(0, random)).toEqual({ errcode: 0, errmsg: 'ok' })
    expect(wechatError(40001, random).errmsg).toMatch(
      /^invalid credential, access_token is invalid or not latest rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/,
    )
  })
})
