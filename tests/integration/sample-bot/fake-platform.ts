/**
 * A tiny stand-in for WeChat's JSON APIs, just enough for the sample bot's tests: /cgi-bin/token,
 * /cgi-bin/message/custom/send, /cgi-bin/ticket/getticket, /cgi-bin/media/upload and the three
 * /sns/* calls (protocol.md §9.4, §10.1, §10.3, §10.6). It records
 * every call and lets a test make a token "expire" or be refused. The real mock platform lives in
 * src/core/platform; these tests must not depend on it.
 */
import express from 'express'
import { listenLoopback } from '../../../src/core/runtime/listen'

export interface RecordedCall {
  readonly method: string
  readonly path: string
  readonly query: Record<string, string>
  readonly body: unknown
}

export interface FakeUser {
  readonly openid: string
  readonly nickname: string
  readonly headimgurl: string
  readonly unionid: string
}

/** What /cgi-bin/media/upload received: the `media` part's filename and size. */
export interface FakeUpload {
  readonly type: string
  readonly filename: string
  readonly bytes: number
  readonly mediaId: string
}

export interface FakePlatform {
  readonly url: string
  readonly calls: RecordedCall[]
  readonly uploads: FakeUpload[]
  /** The created_at media/upload answers (Unix seconds); a test moves it like WeChat's clock. */
  clock: number
  /** Milliseconds media/upload waits before answering (a slow platform). */
  uploadDelayMs: number
  /** Base access tokens the custom-send API refuses with 40001. */
  readonly refusedTokens: Set<string>
  /** Web access tokens /sns/userinfo answers with 42001. */
  readonly expiredSnsTokens: Set<string>
  /** Refresh tokens /sns/oauth2/refresh_token refuses with 40030. */
  readonly refusedRefreshTokens: Set<string>
  /** The jsapi_ticket getticket hands out now (a test may replace it, as an expiry would). */
  jsapiTicket: string
  /** What the authorize page would do on consent: a fresh one-use code. */
  issueCode(user: FakeUser, scope: 'snsapi_base' | 'snsapi_userinfo'): string
  /** The web access token most recently issued for this openid. */
  snsTokenOf(openid: string): string | undefined
  /** The refresh token most recently issued for this openid. */
  refreshTokenOf(openid: string): string | undefined
  callsTo(path: string): RecordedCall[]
  close(): Promise<void>
}

export const PLATFORM_APP = { appId: 'wx2c2769f8efd9abc2', appSecret: 'a'.repeat(32) }

const param = (query: unknown, name: string): string => {
  const value = (query as Record<string, unknown>)[name]
  return typeof value === 'string' ? value : ''
}

const error = (errcode: number, errmsg: string) => ({
  errcode,
  errmsg: `${errmsg} rid: 6650a1b2-0c1d2e3f-4a5b6c7d`,
})

export async function startFakePlatform(): Promise<FakePlatform> {
  const calls: RecordedCall[] = []
  const refusedTokens = new Set<string>()
  const expiredSnsTokens = new Set<string>()
  const refusedRefreshTokens = new Set<string>()
  const codes = new Map<string, { user: FakeUser; scope: string; used: boolean }>()
  const snsTokens = new Map<string, { user: FakeUser; scope: string }>()
  const refreshTokens = new Map<string, { user: FakeUser; scope: string }>()
  const latestSnsToken = new Map<string, string>()
  const latestRefreshToken = new Map<string, string>()
  const uploads: FakeUpload[] = []
  let counter = 0

  /** A new web access token; a new refresh token too unless one is being used (a refresh). */
  const issueSnsTokens = (user: FakeUser, scope: string, refreshing?: string) => {
    counter += 1
    const accessToken = `SNS_AT_${counter}`
    const refreshToken = refreshing ?? `SNS_RT_${counter}`
    snsTokens.set(accessToken, { user, scope })
    refreshTokens.set(refreshToken, { user, scope })
    latestSnsToken.set(user.openid, accessToken)
    latestRefreshToken.set(user.openid, refreshToken)
    return { accessToken, refreshToken }
  }

  const app = express()
  app.use(express.json())
  app.use((req, _res, next) => {
    calls.push({
      method: req.method,
      path: req.path,
      query: { ...(req.query as Record<string, string>) },
      body: req.body as unknown,
    })
    next()
  })
  app.get('/cgi-bin/token', (req, res) => {
    const q = req.query as Record<string, string>
    if (q.appid !== PLATFORM_APP.appId) return void res.json(error(40013, 'invalid appid'))
    if (q.secret !== PLATFORM_APP.appSecret) return void res.json(error(40125, 'invalid appsecret'))
    counter += 1
    res.json({ access_token: `BASE_AT_${counter}`, expires_in: 7200 })
  })
  app.post('/cgi-bin/message/custom/send', (req, res) => {
    const token = param(req.query, 'access_token')
    if (refusedTokens.has(token)) {
      return void res.json(
        error(40001, 'invalid credential, access_token is invalid or not latest'),
      )
    }
    res.json({ errcode: 0, errmsg: 'ok' })
  })
  app.post(
    '/cgi-bin/media/upload',
    express.raw({ type: 'multipart/form-data', limit: '12mb' }),
    async (req, res) => {
      const token = param(req.query, 'access_token')
      if (!token.startsWith('BASE_AT_') || refusedTokens.has(token)) {
        return void res.json(
          error(40001, 'invalid credential, access_token is invalid or not latest'),
        )
      }
      const type = param(req.query, 'type')
      if (!['image', 'voice', 'video', 'thumb'].includes(type)) {
        return void res.json(error(40004, 'invalid media type'))
      }
      // Only what the tests look at: a `media` part with a filename, and roughly its size.
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
      const head = /name="media"; filename="([^"]+)"/.exec(body.toString('latin1'))
      if (!head?.[1]) return void res.json(error(41005, 'media data missing'))
      await new Promise((resolve) => setTimeout(resolve, platform.uploadDelayMs))
      counter += 1
      const mediaId = `FAKE_MEDIA_${type}_${counter}`
      uploads.push({ type, filename: head[1], bytes: body.length, mediaId })
      const idKey = type === 'thumb' ? 'thumb_media_id' : 'media_id'
      res.json({ type, [idKey]: mediaId, created_at: platform.clock })
    },
  )
  app.get('/cgi-bin/ticket/getticket', (req, res) => {
    const token = param(req.query, 'access_token')
    if (!token.startsWith('BASE_AT_') || refusedTokens.has(token)) {
      return void res.json(
        error(40001, 'invalid credential, access_token is invalid or not latest'),
      )
    }
    if (param(req.query, 'type') !== 'jsapi') return void res.json(error(40097, 'invalid args'))
    res.json({ errcode: 0, errmsg: 'ok', ticket: platform.jsapiTicket, expires_in: 7200 })
  })
  app.get('/sns/oauth2/access_token', (req, res) => {
    const q = req.query as Record<string, string>
    if (q.secret !== PLATFORM_APP.appSecret) return void res.json(error(40125, 'invalid appsecret'))
    const entry = codes.get(q.code ?? '')
    if (!entry) return void res.json(error(40029, 'invalid code'))
    if (entry.used) return void res.json(error(40163, 'code been used'))
    entry.used = true
    const { accessToken, refreshToken } = issueSnsTokens(entry.user, entry.scope)
    res.json({
      access_token: accessToken,
      expires_in: 7200,
      refresh_token: refreshToken,
      openid: entry.user.openid,
      scope: entry.scope,
      ...(entry.scope === 'snsapi_userinfo' ? { unionid: entry.user.unionid } : {}),
    })
  })
  app.get('/sns/oauth2/refresh_token', (req, res) => {
    const token = param(req.query, 'refresh_token')
    const entry = refreshTokens.get(token)
    if (!entry || refusedRefreshTokens.has(token)) {
      return void res.json(error(40030, 'invalid refresh_token'))
    }
    const { accessToken } = issueSnsTokens(entry.user, entry.scope, token)
    // The same refresh_token stays valid for 30 days (protocol.md §9.4); scope may come back joined.
    res.json({
      access_token: accessToken,
      expires_in: 7200,
      refresh_token: token,
      openid: entry.user.openid,
      scope: `${entry.scope},`,
    })
  })
  app.get('/sns/userinfo', (req, res) => {
    const token = param(req.query, 'access_token')
    const entry = snsTokens.get(token)
    if (!entry) return void res.json(error(40001, 'invalid credential'))
    if (expiredSnsTokens.has(token)) return void res.json(error(42001, 'access_token expired'))
    if (entry.scope !== 'snsapi_userinfo') return void res.json(error(48001, 'api unauthorized'))
    const { user } = entry
    // text/plain, as some /sns/* answers historically were (protocol.md §10): the bot must not care.
    res.type('text/plain').send(
      JSON.stringify({
        openid: user.openid,
        nickname: user.nickname,
        sex: 0,
        province: '',
        city: '',
        country: '',
        headimgurl: user.headimgurl,
        privilege: [],
        unionid: user.unionid,
      }),
    )
  })

  const listening = await listenLoopback(app, 0)
  const platform: FakePlatform = {
    url: `http://127.0.0.1:${listening.port}`,
    calls,
    uploads,
    clock: 1714112445,
    uploadDelayMs: 0,
    refusedTokens,
    expiredSnsTokens,
    refusedRefreshTokens,
    // The official example's ticket (jssdk-signature.json).
    jsapiTicket:
      'sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg',
    issueCode: (user, scope) => {
      counter += 1
      const code = `CODE${String(counter).padStart(28, '0')}`
      codes.set(code, { user, scope, used: false })
      return code
    },
    snsTokenOf: (openid) => latestSnsToken.get(openid),
    refreshTokenOf: (openid) => latestRefreshToken.get(openid),
    callsTo: (path) => calls.filter((c) => c.path === path),
    close: () => listening.close(),
  }
  return platform
}
