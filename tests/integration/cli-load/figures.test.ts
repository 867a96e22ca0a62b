/**
 * The figures `mpsim load` puts on screen for the two failures a load brings out
 * (docs/load.md "The command"): a bot that slows down as requests pile up — a ramp names the rate
 * where the deadline rule broke — and a bot that does its customer-service send once per attempt
 * — WeChat's retries make it happen twice, counted as duplicates. A 300 ms deadline (--timeout)
 * (and 1 s) keeps each run short; the rule is the same as WeChat's 5 s.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closedPort, reply, runCli, startBot, stopBots, stopChildren } from './helpers'
import type { Push } from './helpers'

const APPID = 'wx0123456789abcdef'
const SECRET = '0123456789abcdef0123456789abcdef'

let dir = ''
let next = 0
const ws = () => ['--workspace', join(dir, `ws-${++next}`), '--bot-port', '0', '--mode', 'plain']

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-cli-load-figures-'))
})

afterAll(async () => {
  stopChildren()
  await stopBots()
  await rm(dir, { recursive: true, force: true })
})

/** 20 ms more for every request it is already working on: one database connection. */
function slowing() {
  let working = 0
  return (push: Push, res: ServerResponse) => {
    const delay = 5 + 20 * working
    working++
    let done = false
    const leave = () => {
      if (!done) working--
      done = true
    }
    res.on('close', leave)
    setTimeout(() => {
      leave()
      if (!res.destroyed) reply(push, res, 'slow ok')
    }, delay)
  }
}

/** A customer-service message per attempt; the first attempt of each MsgId answered too late. */
function doubleSending(platformUrl: string, slowMs: number) {
  const seen = new Set<string>()
  let token: Promise<string> | undefined
  const accessToken = () =>
    (token ??= fetch(
      `${platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${APPID}&secret=${SECRET}`,
    )
      .then((r) => r.json() as Promise<{ access_token: string }>)
      .then((j) => j.access_token))
  return (push: Push, res: ServerResponse) => {
    void (async () => {
      await fetch(
        `${platformUrl}/cgi-bin/message/custom/send?access_token=${await accessToken()}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ touser: push.from, msgtype: 'text', text: { content: '已受理' } }),
        },
      )
      const key = push.msgId ?? push.from
      const first = !seen.has(key)
      seen.add(key)
      if (first) await new Promise((resolve) => setTimeout(resolve, slowMs))
      if (!res.destroyed) reply(push, res, 'done')
    })()
  }
}

describe.concurrent('mpsim load figures', () => {
  it('a ramp against a bot that slows down names the rate where the deadline rule broke', async () => {
    const bot = await startBot(slowing())
    const ran = await runCli([
      'load',
      bot.url,
      ...['--rate', '10', '--ramp', '200', '--duration', '2s'],
      ...['--timeout', '300', '--attempts', '1'],
      ...ws(),
      ...['--platform-port', '0'],
    ])
    expect(ran.code).toBe(2)
    expect(ran.stdout).toMatch(
      /Breaking rate +\d+(\.\d+)? msg\/s: the first second where p99 passed 300 ms or a user saw 该公众号暂时无法提供服务/,
    )
    expect(ran.stdout).toMatch(/Keep your real peak below \d+(\.\d+)? msg\/s/)
  }, 60_000)

  it('a bot that repeats its side effect on a retry: duplicates counted and explained', async () => {
    const port = await closedPort()
    const bot = await startBot(doubleSending(`http://127.0.0.1:${port}`, 1300))
    const ran = await runCli([
      'load',
      bot.url,
      ...['--rate', '40', '--messages', '12', '--users', '12'],
      ...['--timeout', '1000', '--attempts', '3'],
      ...['--appid', APPID, '--appsecret', SECRET, '--platform-port', String(port)],
      ...ws(),
    ])
    // Every message's first delivery missed the deadline, and the bot had already sent its
    // customer-service message: each retry sent it again. (How many retries also missed it
    // depends on how busy the machine is; the duplicates do not.)
    expect(ran.stdout).toMatch(
      /Duplicates +12 messages had their side effect more than once: WeChat retried, and the bot did the work again for the same MsgId/,
    )
    expect(ran.stdout).toMatch(
      /Retries +\d+: WeChat delivers a message again when the bot has not answered within 1 s/,
    )
    expect(ran.stdout).toContain('remember the MsgId')
    expect(ran.code).toBe(2)
  }, 60_000)
})
