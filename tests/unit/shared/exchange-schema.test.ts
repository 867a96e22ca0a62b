/**
 * The Exchange schema the log reader and the control client check with: today's records pass,
 * records older mpsim versions wrote still load, and a record of the wrong shape is named.
 */
import { describe, expect, it } from 'vitest'
import type { Attempt } from '../../../src/shared/model/exchange'
import { exchangeSchema } from '../../../src/shared/model/exchange-schema'
import { pushAnalysis, pushExchange } from '../../helpers/exchange-fixtures'

const attempt: Attempt = {
  index: 1,
  startedAt: 1_764_000_000_000,
  durationMs: 12,
  request: {
    method: 'POST',
    url: 'http://127.0.0.1/wechat',
    headers: [],
    body: { text: '', bytes: 0 },
  },
  response: {
    status: 200,
    headers: [['content-type', 'text/plain']],
    body: { text: 'success', bytes: 7 },
  },
}

describe('exchangeSchema', () => {
  it('accepts a push as the engine records it today', () => {
    const push = pushExchange('x1', {
      attempts: [{ ...attempt, signature: pushAnalysis().signature }],
      analysis: pushAnalysis({ timeoutMs: 5000, attemptsAllowed: 3 }),
    })
    expect(exchangeSchema.parse(JSON.parse(JSON.stringify(push)))).toEqual(push)
  })

  it('loads an older push: no breakdown on its attempts, no deadline, the dedupe report', () => {
    const old = pushAnalysis()
    expect(Object.keys(old)).not.toContain('timeoutMs')
    const line = {
      ...pushExchange('old-1', { attempts: [attempt] }),
      analysis: {
        ...old,
        dedupe: { attempts: 1, customSends: 0, visibleReply: false, duplicate: false },
      },
    }
    const parsed = exchangeSchema.parse(line)
    expect(parsed.kind === 'push' && parsed.analysis.timeoutMs).toBeUndefined()
    expect(parsed.attempts[0]?.signature).toBeUndefined()
  })

  it('keeps an API call whose facts are of an older shape, without the facts', () => {
    const parsed = exchangeSchema.parse({
      id: 'api-1',
      kind: 'api',
      accountId: 'acc-1',
      title: '/cgi-bin/token',
      simTime: 1,
      attempts: [attempt],
      errcode: 0,
      analysis: { warnings: 'not-a-list' },
    })
    expect(parsed).toMatchObject({ id: 'api-1', kind: 'api', errcode: 0 })
    expect(parsed.analysis).toBeUndefined()
  })

  it('loads a verification with its verdict and signature', () => {
    const parsed = exchangeSchema.parse({
      id: 'v-1',
      kind: 'verify',
      accountId: 'acc-1',
      title: 'URL verification',
      simTime: 1,
      attempts: [attempt],
      analysis: {
        verdict: { ok: true, code: 'passed', detail: { echostr: '1' } },
        signature: pushAnalysis().signature,
        echostr: '1',
      },
    })
    expect(parsed.kind === 'verify' && parsed.analysis.verdict.ok).toBe(true)
  })

  it('loads a phone-browser page request with its wx.config verdict', () => {
    const page = {
      id: 'g-1',
      accountId: 'a',
      simTime: 1,
      attempts: [],
      kind: 'page',
      title: 'wx.config',
      analysis: {
        url: 'http://127.0.0.1:5176/jssdk',
        routedTo: 'site',
        purpose: 'jssdk',
        walkId: 'w1',
        jssdkConfig: {
          errMsg: 'config:invalid signature',
          ok: false,
          problem: 'invalid-signature',
          appId: 'wx0123456789abcdef',
          timestamp: '1414587457',
          nonceStr: 'Wm3WZYTPz0wzccnW',
          jsApiList: ['chooseImage'],
          url: 'http://127.0.0.1:5176/jssdk',
          ticket: 't',
          string1:
            'jsapi_ticket=t&noncestr=Wm3WZYTPz0wzccnW&timestamp=1414587457&url=http://127.0.0.1:5176/jssdk',
          expectedSignature: 'a',
          givenSignature: 'b',
          domain: '127.0.0.1:5176',
          allowedDomains: ['127.0.0.1:5176'],
        },
      },
    }
    const parsed = exchangeSchema.safeParse(page)
    expect(parsed.success).toBe(true)
    const noUrl = exchangeSchema.safeParse({ ...page, analysis: { ...page.analysis, url: 1 } })
    expect(noUrl.error?.issues[0]?.path).toEqual(['analysis', 'url'])
  })

  it('names what is wrong: a push without its analysis, an unknown kind', () => {
    const bare = { id: 'p-1', kind: 'push', accountId: 'a', title: 't', simTime: 1, attempts: [] }
    const noAnalysis = exchangeSchema.safeParse(bare)
    expect(noAnalysis.error?.issues[0]?.path).toEqual(['analysis'])
    const unknown = exchangeSchema.safeParse({ ...bare, kind: 'screenshot' })
    expect(unknown.error?.issues[0]?.path).toEqual(['kind'])
  })

  it('refuses a reply verdict without its outcome', () => {
    const bad = { ...pushExchange('p-2'), verdict: { problems: [], phoneView: { kind: 'none' } } }
    expect(exchangeSchema.safeParse(bad).success).toBe(false)
  })
})
