import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_SLOW_DELAY_MS } from '../../../src/core/sample-bot'
import { REPLY_DEADLINE_MS } from '../../../src/core/protocol/reply'
import { buildPush, OPENID, post, pushAndJudge, startHarness, textPush } from './bot-harness'

describe('慢 / slow: success now, customer-service message later (protocol.md §7.3, §10.3)', () => {
  it('answers success at once, then sends the text with a fetched token', async () => {
    const { botUrl, platform } = await startHarness({ slowDelayMs: 50 })
    const { answer, verdict } = await pushAndJudge(botUrl, textPush('慢'), 'plain')
    expect(answer.body).toBe('success')
    expect(verdict.outcome).toBe('no-reply')
    expect(answer.elapsedMs).toBeLessThan(1000)
    await vi.waitFor(() => expect(platform.callsTo('/cgi-bin/message/custom/send')).toHaveLength(1))
    const [tokenCall] = platform.callsTo('/cgi-bin/token')
    expect(tokenCall?.query).toMatchObject({
      grant_type: 'client_credential',
      appid: 'wx2c2769f8efd9abc2',
    })
    const [send] = platform.callsTo('/cgi-bin/message/custom/send')
    expect(send?.query.access_token).toMatch(/^BASE_AT_/)
    expect(send?.body).toMatchObject({
      touser: OPENID,
      msgtype: 'text',
      text: { content: expect.stringContaining('customer-service API') as unknown },
    })
  })

  it('works the same in safe mode (the success is not encrypted)', async () => {
    const { botUrl, platform } = await startHarness()
    const { answer } = await pushAndJudge(botUrl, textPush('slow'), 'safe')
    expect(answer.body).toBe('success')
    await vi.waitFor(() => expect(platform.callsTo('/cgi-bin/message/custom/send')).toHaveLength(1))
  })

  it('caches the access token across messages', async () => {
    const { botUrl, platform } = await startHarness()
    await pushAndJudge(botUrl, textPush('slow'), 'plain')
    await vi.waitFor(() => expect(platform.callsTo('/cgi-bin/message/custom/send')).toHaveLength(1))
    await pushAndJudge(botUrl, textPush('slow'), 'plain')
    await vi.waitFor(() => expect(platform.callsTo('/cgi-bin/message/custom/send')).toHaveLength(2))
    expect(platform.callsTo('/cgi-bin/token')).toHaveLength(1)
  })

  it('refreshes the token once on 40001 and retries', async () => {
    const { botUrl, platform, logs } = await startHarness()
    await pushAndJudge(botUrl, textPush('slow'), 'plain')
    await vi.waitFor(() => expect(platform.callsTo('/cgi-bin/message/custom/send')).toHaveLength(1))
    const first = platform.callsTo('/cgi-bin/message/custom/send')[0]?.query.access_token ?? ''
    platform.refusedTokens.add(first)
    await pushAndJudge(botUrl, textPush('slow'), 'plain')
    await vi.waitFor(() => expect(platform.callsTo('/cgi-bin/message/custom/send')).toHaveLength(3))
    const tokens = platform.callsTo('/cgi-bin/message/custom/send').map((c) => c.query.access_token)
    expect(tokens[1]).toBe(first)
    expect(tokens[2]).not.toBe(first)
    expect(platform.callsTo('/cgi-bin/token')).toHaveLength(2)
    expect(logs).toEqual([])
  })

  it('gives up after one retry and logs the errcode', async () => {
    const { botUrl, platform, logs } = await startHarness()
    for (let i = 1; i <= 10; i++) platform.refusedTokens.add(`BASE_AT_${i}`)
    await pushAndJudge(botUrl, textPush('slow'), 'plain')
    await vi.waitFor(() => expect(logs).toHaveLength(1))
    expect(logs[0]).toContain('errcode 40001')
    expect(platform.callsTo('/cgi-bin/message/custom/send')).toHaveLength(2)
  })

  it('sends once when WeChat retries the same push (same MsgId, protocol.md §4.4)', async () => {
    const { botUrl, platform } = await startHarness({ slowDelayMs: 30 })
    const nodes = textPush('slow', '6054768590064713728')
    await post(buildPush(botUrl, nodes, 'plain'))
    await post(buildPush(botUrl, nodes, 'plain'))
    await vi.waitFor(() => expect(platform.callsTo('/cgi-bin/message/custom/send')).toHaveLength(1))
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(platform.callsTo('/cgi-bin/message/custom/send')).toHaveLength(1)
  })

  it('stop() cancels the pending job: nothing is sent afterwards', async () => {
    const { botUrl, platform, stop } = await startHarness({ slowDelayMs: 60_000 })
    await pushAndJudge(botUrl, textPush('slow'), 'plain')
    const started = performance.now()
    await stop()
    expect(performance.now() - started).toBeLessThan(2000)
    expect(platform.calls).toEqual([])
  })
})

describe('慢错 / slow-wrong: the passive reply misses the deadline', () => {
  it('defaults to a delay past the 5-second deadline', () => {
    expect(DEFAULT_SLOW_DELAY_MS).toBeGreaterThan(REPLY_DEADLINE_MS)
  })

  it('replies passively only after slowDelayMs', async () => {
    const { botUrl } = await startHarness({ slowDelayMs: 300 })
    const { answer, verdict } = await pushAndJudge(botUrl, textPush('慢错'), 'plain')
    expect(answer.elapsedMs).toBeGreaterThanOrEqual(290)
    expect(verdict.outcome).toBe('reply')
    expect(verdict.reply?.msgType).toBe('text')
  })

  it('is cut off by a caller that, like WeChat, stops waiting', async () => {
    const { botUrl } = await startHarness({ slowDelayMs: 2000 })
    const request = post(buildPush(botUrl, textPush('slow-wrong'), 'plain'), 'text/xml', {
      signal: AbortSignal.timeout(100),
    })
    await expect(request).rejects.toThrow()
  })

  it('stop() cancels the sleep at once', async () => {
    const { botUrl, stop } = await startHarness({ slowDelayMs: 60_000 })
    const pending = post(buildPush(botUrl, textPush('slow-wrong'), 'plain')).catch(
      (error: unknown) => error,
    )
    await new Promise((resolve) => setTimeout(resolve, 100))
    const started = performance.now()
    await stop()
    await pending
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
