/**
 * The mock WeChat platform as one Express app (docs/design.md "The parts"): raw body capture, an
 * Exchange for every /cgi-bin and /sns call (with injected faults applied), the base APIs, OAuth,
 * WeChat's answer for unknown API paths, and transport errors that never take the process down.
 */
import express from 'express'
import type { Request, RequestHandler, Response } from 'express'
import { refuseDeclaredOversize } from '../runtime/body-limit'
import { pageHostGuard } from '../runtime/host-guard'
import type { PlatformContext } from '../context/platform-context'
import { recordExchange } from './http/record-exchange'
import type { PlatformOptions } from './api/options'
import { MEDIA_BODY_LIMIT_BYTES, MEDIA_UPLOAD_PATHS, isMediaUpload } from './api/media/body-limit'
import { createApiRouter } from './api/router'
import { BODY_LIMIT_BYTES, transportErrors } from './api/transport-errors'
import { unknownApi } from './api/unknown-api'
import { createOauthRouter } from './oauth/router'

export type { PlatformOptions, TemplateSentJob } from './api/options'

/** Recorded here; /sns is recorded by the OAuth router, which knows the account and user. */
const API_PREFIXES = ['/cgi-bin']
/** Paths answered with WeChat's "invalid url" JSON when nothing else matched. */
const UNKNOWN_API_PREFIXES = ['/cgi-bin', '/sns']

function isApiPath(req: Request): boolean {
  const path = req.originalUrl.split('?')[0] ?? ''
  return API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))
}

/**
 * @example
 * const state = createPlatformState(ctx)
 * const app = createPlatformApp(ctx, { state, onTemplateSent: (job) => push.templateFinished(job) })
 * const listening = await listenLoopback(app, 0)
 */
export function createPlatformApp(ctx: PlatformContext, options: PlatformOptions): express.Express {
  const app = express()
  // WeChat sends neither; Express's ETag would also turn repeated GETs into 304s.
  app.disable('x-powered-by')
  app.set('etag', false)

  const recordApi = recordExchange(ctx, 'api')
  const recorded = new WeakSet<Response>()
  const record: RequestHandler = (req, res, next) => {
    recorded.add(res)
    recordApi(req, res, next)
  }

  // First, before anything answers without reading the body: see runtime/body-limit.ts.
  app.use(
    refuseDeclaredOversize((req) =>
      isMediaUpload(req) ? MEDIA_BODY_LIMIT_BYTES : BODY_LIMIT_BYTES,
    ),
  )
  // Only the authorize and consent pages check Host: they are HTML for a browser and show users'
  // nicknames and the account, so a DNS-rebinding page must not read them. /cgi-bin and /sns are
  // JSON APIs called server to server by bots from anywhere (a tunnel, a container, a name in
  // /etc/hosts) and carry their own credentials (access_token, secret, code); a browser page
  // cannot get those from us by rebinding. The WeUI stylesheet is public.
  app.use(
    '/connect',
    pageHostGuard(() => ctx.directory.listAccounts().map((account) => account.callbackDomain)),
  )
  // Every body as bytes whatever its Content-Type: WeChat reads JSON regardless, and the
  // Exchange keeps the exact bytes.
  // Uploads first, with their larger limit (docs/api-media.md); body-parser skips a read body.
  app.use(MEDIA_UPLOAD_PATHS, express.raw({ type: () => true, limit: MEDIA_BODY_LIMIT_BYTES }))
  app.use(express.raw({ type: () => true, limit: BODY_LIMIT_BYTES }))
  app.use(API_PREFIXES, record)
  app.use(createApiRouter(ctx, options))
  // OAuth records its own Exchanges: 'oauth' for the authorize pages, 'api' for /sns.
  app.use(createOauthRouter(ctx, options.oauth ?? { currentUser: () => undefined }))
  // An /sns path the OAuth router does not know still becomes an Exchange (with WeChat's 40066).
  app.use('/sns', record)
  app.use(UNKNOWN_API_PREFIXES, unknownApi(ctx, options))
  app.use((_req, res) => {
    res.status(404).json({
      error: 'not-found',
      mpsim_hint: 'the mock platform serves /cgi-bin/*, /sns/* and /connect/oauth2/authorize',
    })
  })
  app.use(
    transportErrors(ctx, (req, res, answer) => {
      if (recorded.has(res) || !isApiPath(req)) answer()
      else record(req, res, answer)
    }),
  )
  return app
}
