/**
 * The mock platform in its own process for the API bench, as `mpsim serve` runs it: Express,
 * Exchange recording and the workspace's NDJSON exchange log. Prints its URL, the account's
 * credentials and an OAuth access token (obtained through the real authorize flow, auto consent).
 * Arg `advance-days`: move the simulated clock a day every 250 ms so the daily token quota
 * (2000 calls, protocol.md §10.8) never ends a measurement early.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPlatformApp } from '../../src/core/platform/app'
import { createPlatformState } from '../../src/core/platform/state'
import { listenLoopback } from '../../src/core/runtime/listen'
import { secureRandom } from '../../src/core/runtime/random'
import { createPlatformContext } from '../../src/core/context/create-context'
import { openWorkspace } from '../../src/core/workspace'

const advanceDays = process.argv.includes('advance-days')
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
const app = createPlatformApp(ctx, {
  state: createPlatformState(ctx),
  oauth: { autoConsent: true, currentUser: () => user.openid },
})
const listening = await listenLoopback(app, 0)
const url = `http://127.0.0.1:${listening.port}`

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

const timer = advanceDays ? setInterval(() => ctx.clock.advance(86_400_000), 250) : undefined
process.stdout.write(
  `${JSON.stringify({ url, appId: account.appId, secret: account.appSecret, openid: user.openid, oauthToken })}\n`,
)
process.on('SIGTERM', () => {
  if (timer) clearInterval(timer)
  void listening
    .close()
    .then(() => workspace.close())
    .then(() => rm(dir, { recursive: true, force: true }))
    .then(() => process.exit(0))
})
