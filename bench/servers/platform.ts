/**
 * The mock platform in its own process for the API bench, as `mpsim serve` runs it: Express,
 * Exchange recording and the workspace's NDJSON exchange log. Prints its URL, the account's
 * credentials, a client-credential `accessToken` (/cgi-bin/token) and an OAuth `oauthToken`
 * (obtained through the real authorize flow, auto consent), and `statsUrl`: a second loopback
 * server answering how many Exchanges were recorded and how many answered an errcode other than 0
 * (WeChat's errors are HTTP 200, so autocannon cannot see them).
 * Arg `advance-days`: move the simulated clock a day every 100 ms so the daily token quota
 * (2000 calls, protocol.md §10.8) does not end a measurement early (up to 20,000 calls a second;
 * beyond, the errors count above shows it).
 * Arg `upload-media=<path>`: upload that JPEG through POST /cgi-bin/media/upload at start (the
 * media bench) and add the file's `mediaId` to the info.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { createPlatformApp } from '../../src/core/platform/app'
import { createPlatformState } from '../../src/core/platform/state'
import { expressServerOptions } from '../../src/core/platform/http/express-server'
import { secureRandom } from '../../src/core/runtime/random'
import { createPlatformContext } from '../../src/core/context/create-context'
import { openWorkspace } from '../../src/core/workspace'

const advanceDays = process.argv.includes('advance-days')
const uploadMedia = process.argv.find((a) => a.startsWith('upload-media='))?.slice(13)
const dir = await mkdtemp(join(tmpdir(), 'mpsim-bench-'))
// What `mpsim serve` uses unless --seed is given.
const random = secureRandom
const workspace = await openWorkspace(dir, {
  random,
  defaults: {
    botUrl: 'http://127.0.0.1:9/wechat',
    callbackDomain: '127.0.0.1:9',
    avatarBaseUrl: 'http://127.0.0.1:9/avatar',
  },
})
const account = workspace.directory.listAccounts()[0]
const user = account ? workspace.directory.listUsers(account.id)[0] : undefined
if (!account || !user) throw new Error('bench: the default workspace has no account or user')
// A normal account: the test account's 200 tokens a day would need the clock moved too often.
// The authorize redirect is never followed, so its host need not exist (a bare domain: formal
// accounts may not use a port, protocol.md §9.2).
workspace.directory.putAccount({ ...account, testAccount: false, callbackDomain: 'bench.example' })
const ctx = createPlatformContext(random, workspace.directory)
ctx.bus.on('exchange', (exchange) => workspace.exchangeLog.append(exchange))
const stats = { exchanges: 0, errors: 0 }
ctx.bus.on('exchange', (exchange) => {
  stats.exchanges += 1
  if (exchange.errcode !== undefined && exchange.errcode !== 0) stats.errors += 1
})
const app = createPlatformApp(ctx, {
  // Media files live in the workspace, as under `mpsim serve`.
  state: createPlatformState(ctx, { dir: workspace.dir }),
  oauth: { autoConsent: true, currentUser: () => user.openid },
})
// Requests and responses built with the app's prototypes (platform/http/express-server.ts).
const server: Server = createServer(expressServerOptions(app), app)
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

const redirect = encodeURIComponent('http://bench.example/cb/')
const authorize = await fetch(
  `${url}/connect/oauth2/authorize?appid=${account.appId}&redirect_uri=${redirect}&response_type=code&scope=snsapi_userinfo&state=s#wechat_redirect`,
  { redirect: 'manual' },
)
const code = new URL(authorize.headers.get('location') ?? 'http://x').searchParams.get('code')
const tokenRes = await fetch(
  `${url}/sns/oauth2/access_token?appid=${account.appId}&secret=${account.appSecret}&code=${code ?? ''}&grant_type=authorization_code`,
)
const { access_token: oauthToken } = (await tokenRes.json()) as { access_token?: string }
if (!oauthToken) {
  throw new Error(`bench: the OAuth flow gave no access token (authorize ${authorize.status})`)
}

const tokenAnswer = await fetch(
  `${url}/cgi-bin/token?grant_type=client_credential&appid=${account.appId}&secret=${account.appSecret}`,
)
const { access_token: accessToken } = (await tokenAnswer.json()) as { access_token?: string }
if (!accessToken) throw new Error('bench: /cgi-bin/token gave no access token')

const media = uploadMedia === undefined ? {} : await uploadAtStart(uploadMedia, accessToken)

async function uploadAtStart(path: string, token: string): Promise<{ mediaId: string }> {
  const form = new FormData()
  form.append('media', new Blob([await readFile(path)], { type: 'image/jpeg' }), basename(path))
  const uploaded = await fetch(`${url}/cgi-bin/media/upload?type=image&access_token=${token}`, {
    method: 'POST',
    body: form,
  })
  const answer = (await uploaded.json()) as { media_id?: string }
  if (!answer.media_id) throw new Error(`bench: media/upload answered ${JSON.stringify(answer)}`)
  return { mediaId: answer.media_id }
}

const statsServer = createServer((_req, res) => {
  res.setHeader('Content-Type', 'application/json')
  res.end(JSON.stringify(stats))
})
await new Promise<void>((resolve) => statsServer.listen(0, '127.0.0.1', resolve))
const statsUrl = `http://127.0.0.1:${(statsServer.address() as AddressInfo).port}`

const timer = advanceDays ? setInterval(() => ctx.clock.advance(86_400_000), 100) : undefined
process.stdout.write(
  `${JSON.stringify({ url, statsUrl, appId: account.appId, secret: account.appSecret, openid: user.openid, accessToken, oauthToken, ...media })}\n`,
)
process.on('SIGTERM', () => {
  if (timer) clearInterval(timer)
  statsServer.close()
  server.closeAllConnections()
  void new Promise((resolve) => server.close(resolve))
    .then(() => workspace.close())
    // An upload still being written when the server closed can race the removal: retry.
    .then(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }))
    .then(() => process.exit(0))
})
