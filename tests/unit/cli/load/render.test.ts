/**
 * The load report on screen, in English and Chinese (docs/load.md "The command"): the verdict in
 * one sentence first, then the figures a developer needs, what to do next, and no internal codes.
 */
import { describe, expect, it } from 'vitest'
import { renderLoadReport } from '../../../../src/cli/load/render'
import { PLAIN_STYLE } from '../../../../src/cli/report/style'
import type { LoadReport } from '../../../../src/shared/control/load-schemas'
import { KEPT_UP, RAMP_STOPPED, report, SLOW, UNAVAILABLE, UNREACHABLE } from './reports'

const en = (r: LoadReport, stoppedByYou = false) =>
  renderLoadReport(r, 'en', PLAIN_STYLE, { deadlineMs: 5000, stoppedByYou })
const zh = (r: LoadReport, stoppedByYou = false) =>
  renderLoadReport(r, 'zh', PLAIN_STYLE, { deadlineMs: 5000, stoppedByYou })
const first = (text: string) => text.split('\n')[0]

/** Names the core and the contract use, never shown to a person. */
const INTERNAL = /service-unavailable|no-reply|httpError|badReply|reply-timeout|runId|undefined|NaN/

describe('the load report', () => {
  it('kept up: says so first, with the share answered and p99 against WeChat’s 5 s', () => {
    const text = en(KEPT_UP)
    expect(first(text)).toBe(
      'Your bot kept up with 200 msg/s: 100% of 6,000 messages answered, p99 81 ms (WeChat allows 5 s).',
    )
    expect(text).toContain('Throughput  200 msg/s — 6,000 sent, 6,000 settled in 30.0 s')
    expect(text).toContain('p50 12 ms · p95 35 ms · p99 81 ms · max 212 ms')
    expect(text).toContain('5,400 replied · 600 acknowledged without a reply')
    expect(text).toContain('Retries     none')
    expect(text).toContain('6,000 exchanges in the workspace')
    // Next: find where it breaks, as a command to paste.
    expect(text).toContain('mpsim load http://127.0.0.1:8000/wechat --rate 200 --ramp 800')
    expect(text).not.toMatch(INTERNAL)
  })

  it('users saw the error: how many users and why, first; causes, retries, duplicates explained', () => {
    const text = en(UNAVAILABLE)
    expect(first(text)).toMatch(
      /^At 200 msg\/s, 12 of 100 users \(12%\) saw 该公众号暂时无法提供服务 .*: 1,100 timeouts, 134 HTTP errors\.$/,
    )
    expect(text).toContain('1,100 timed out: no answer within 5 s on any delivery')
    expect(text).toContain('134 got an HTTP error')
    expect(text).toMatch(
      /Retries +3,870: WeChat delivers a message again .* 402 messages got their answer only on a retry/,
    )
    expect(text).toMatch(
      /Duplicates +41 messages had their side effect more than once: WeChat retried, and the bot did the work again/,
    )
    expect(text).toContain('1,200 of 6,000 exchanges in the log: a sample')
    expect(text).toContain('reply "success" (or an empty body) at once')
    expect(text).toContain('remember the MsgId')
    expect(text).not.toMatch(INTERNAL)
  })

  it('suggests the next command as the user typed theirs: without a URL when none was given', () => {
    const text = renderLoadReport(KEPT_UP, 'en', PLAIN_STYLE, { deadlineMs: 5000, url: undefined })
    expect(text).toContain('Find where it breaks: mpsim load --rate 200 --ramp 800')
  })

  it('names the deliveries the run allowed', () => {
    const text = renderLoadReport(UNAVAILABLE, 'en', PLAIN_STYLE, { deadlineMs: 5000, attempts: 2 })
    expect(text).toContain('(up to 2 deliveries in all)')
    expect(en(UNAVAILABLE)).toContain('(up to 3 deliveries in all)')
  })

  it('slow: the 5 s rule broke though every user was answered', () => {
    expect(first(en(SLOW))).toBe(
      "At 200 msg/s your bot broke WeChat's 5 s rule: p99 5.60 s, so WeChat retried 150 times. Every user got an answer, some of them late.",
    )
  })

  it('unreachable: names the URL and what failed', () => {
    const text = en(UNREACHABLE)
    expect(first(text)).toBe(
      'Your bot could not be reached at http://127.0.0.1:8000/wechat: none of 6,000 messages got an answer (6,000 connection failures).',
    )
    expect(text).toContain('mpsim verify http://127.0.0.1:8000/wechat')
  })

  it('stopped with Ctrl+C: marked partial before anything else; a ramp names its breaking rate', () => {
    const text = en(RAMP_STOPPED, true)
    expect(first(text)).toBe('Stopped early (Ctrl+C): the figures cover the first 12.3 s.')
    expect(text).toContain('At 50 → 400 msg/s, 12 of 100 users')
    expect(text).toMatch(/Breaking rate +183 msg\/s: the first second where p99 passed 5 s/)
    expect(text).toContain('Keep your real peak below 183 msg/s')
    expect(text).toContain('Run it to the end for complete figures.')
    expect(first(en(RAMP_STOPPED, false))).toContain('from the app or the control API')
  })

  it('a ramp that held all the way says so and suggests a higher one', () => {
    const text = en(report({ rate: 50, rampTo: 400 }))
    expect(first(text)).toMatch(/^Your bot kept up with 50 → 400 msg\/s/)
    expect(text).toMatch(/Breaking rate +none: the bot held the 5 s rule all the way to 400 msg\/s/)
    expect(text).toContain('--rate 50 --ramp 1600')
  })

  it('a closed model reads as messages in flight', () => {
    const text = en(report({ model: 'closed', rate: undefined, concurrency: 20, throughput: 180 }))
    expect(first(text)).toMatch(/^Your bot kept up with 20 messages in flight \(180 msg\/s\)/)
    expect(text).toContain('--rate 180')
  })

  it('mpsim’s own limits are shown when they shaped the run', () => {
    const text = en(
      report({
        notStarted: 250,
        startLagMs: { p50: 5, p95: 150, p99: 420, max: 900, mean: 20 },
        types: { text: 4200, image: 600, 'event.CLICK': 1200 },
      }),
    )
    expect(text).toContain('Mix           text 4,200 · event.CLICK 1,200 · image 600')
    expect(text).toContain('250 messages the rate called for were never sent')
    expect(text).toContain('started messages late (p99 420 ms after their time)')
  })

  it('a failed run says why', () => {
    const text = en(
      report({
        status: 'failed',
        error: 'a push could not be sent: boom',
        completed: 0,
        messages: 1,
      }),
    )
    expect(first(text)).toBe('The run failed: a push could not be sent: boom')
  })

  it('in Chinese: the same verdicts, figures and advice', () => {
    expect(first(zh(KEPT_UP))).toBe(
      '机器人扛住了 200 条/秒：6,000 条消息 100% 得到应答，p99 81 ms（微信的时限是 5 秒）。',
    )
    const text = zh(UNAVAILABLE)
    expect(first(text)).toBe(
      '在 200 条/秒 下，100 个用户中有 12 个（12%）看到了“该公众号暂时无法提供服务”：超时 1,100 次，HTTP 错误 134 次。',
    )
    expect(text).toContain('重试      3,870 次')
    expect(text).toContain('重复执行  41 条消息的副作用发生了不止一次')
    expect(text).toContain('下一步')
    expect(first(zh(RAMP_STOPPED, true))).toBe('已提前停止（Ctrl+C）：以下数据只涵盖前 12.3 s。')
    expect(zh(RAMP_STOPPED, true)).toContain('临界速率  183 条/秒')
    expect(text).not.toMatch(INTERNAL)
  })

  it('colours only through the style it is given', () => {
    expect(en(KEPT_UP)).not.toContain('\u001b[')
  })
})
