/**
 * The HTML pages of the mock platform (OAuth authorize/consent) and of the sample bot (its OAuth
 * pages) answer only on loopback names and the configured callback domains, against DNS
 * rebinding; the JSON APIs and the push endpoint keep answering whatever the Host.
 */
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listenLoopback } from '../../../src/core/runtime/listen'
import type { Listening } from '../../../src/core/runtime/listen'
import { seededRandom } from '../../../src/core/runtime/random'
import { resolveConfig } from '../../../src/core/sample-bot/config'
import { createBotApp } from '../../../src/core/sample-bot/create-bot-app'
import type { BotApp } from '../../../src/core/sample-bot/create-bot-app'
import { startPlatform } from '../platform-api/client'
import type { Platform } from '../platform-api/client'
import { ACCOUNT } from '../platform-api/context'

const CALLBACK_DOMAIN = 'mybot.test:8080'

let platform: Platform
let bot: BotApp
let botServer: Listening
beforeAll(async () => {
  platform = await startPlatform({ account: { callbackDomain: CALLBACK_DOMAIN } })
  bot = createBotApp(
    resolveConfig({
      token: 'mpsimtoken',
      appId: ACCOUNT.appId,
      appSecret: ACCOUNT.appSecret,
      encodingAesKey: ACCOUNT.encodingAesKey,
      platformBaseUrl: platform.url,
      random: seededRandom('page-host'),
      now: () => 1714112445,
      log: () => undefined,
    }),
    undefined,
    { callbackDomains: () => [CALLBACK_DOMAIN] },
  )
  botServer = await listenLoopback(bot.app, 0)
})
afterAll(async () => {
  await bot.work.stop()
  await botServer.close()
  await platform.close()
})

interface Answer {
  readonly status: number
  readonly contentType: string
  readonly text: string
}

/** Raw HTTP, so the Host header can be anything (fetch forbids setting it). */
function get(baseUrl: string, path: string, host: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, baseUrl), { method, headers: { host } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: res.headers['content-type'] ?? '',
          text,
        }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

const authorize =
  `/connect/oauth2/authorize?appid=${ACCOUNT.appId}` +
  `&redirect_uri=${encodeURIComponent(`http://${CALLBACK_DOMAIN}/oauth/callback`)}` +
  '&response_type=code&scope=snsapi_userinfo&state=s'

const FOREIGN = [
  'evil.example',
  'evil.example:5175',
  'mybot.test.evil.example',
  '127.0.0.1.evil.example',
]
const ALLOWED = [
  '127.0.0.1:1',
  'localhost',
  'LOCALHOST:5175',
  '[::1]:8080',
  CALLBACK_DOMAIN,
  'MyBot.test',
]

describe('the platform OAuth pages', () => {
  it.each(FOREIGN)('refuses Host %s with 403 and a bilingual text', async (host) => {
    for (const [method, path] of [
      ['GET', authorize],
      ['POST', '/connect/oauth2/authorize/consent'],
    ] as const) {
      const answer = await get(platform.url, path, host, method)
      expect(answer.status).toBe(403)
      expect(answer.contentType).toBe('text/plain; charset=utf-8')
      expect(answer.text).toContain('DNS')
      expect(answer.text).toContain('网页授权域名')
    }
  })

  it.each(ALLOWED)('serves the page on Host %s', async (host) => {
    const answer = await get(platform.url, authorize, host)
    expect(answer.status).not.toBe(403)
    expect(answer.contentType).toContain('text/html')
  })

  it.each(FOREIGN)('keeps the JSON APIs open to Host %s', async (host) => {
    const cgi = await get(platform.url, '/cgi-bin/getcallbackip', host)
    expect(cgi.status).toBe(200)
    expect(JSON.parse(cgi.text)).toMatchObject({ errcode: 41001 })
    const sns = await get(platform.url, '/sns/auth?access_token=x&openid=y', host)
    expect(sns.status).toBe(200)
    expect(JSON.parse(sns.text)).toHaveProperty('errcode')
  })
})

describe('the sample bot pages', () => {
  it.each(FOREIGN)('refuses Host %s with 403 on /oauth pages', async (host) => {
    for (const path of ['/oauth', '/oauth/profile', '/oauth/start']) {
      const answer = await get(`http://127.0.0.1:${botServer.port}`, path, host)
      expect(answer.status).toBe(403)
      expect(answer.text).toContain('DNS')
    }
  })

  it.each(ALLOWED)('serves the guide on Host %s', async (host) => {
    const answer = await get(`http://127.0.0.1:${botServer.port}`, '/oauth', host)
    expect(answer.status).toBe(200)
    expect(answer.contentType).toContain('text/html')
  })

  it.each(FOREIGN)('keeps /wechat and /static open to Host %s', async (host) => {
    const base = `http://127.0.0.1:${botServer.port}`
    // No signature: the bot's own 4xx, not the Host guard.
    const push = await get(base, '/wechat', host, 'POST')
    expect(push.status).not.toBe(403)
    expect(push.text).not.toContain('DNS')
    expect((await get(base, '/static/bot.css', host)).status).toBe(200)
  })
})
