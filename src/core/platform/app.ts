/**
 * The mock WeChat platform as one Express app (docs/design.md "The parts"): raw body capture, an
 * Exchange for every /cgi-bin and /sns call (with injected faults applied), the base APIs, OAuth,
 * WeChat's answer for unknown API paths, and transport errors that never take the process down.
 */
import express from 'express'
import type { Request } from 'express'
import { refuseDeclaredOversize } from '../runtime/body-limit'
import { pageHostGuard } from '../runtime/host-guard'
import type { PlatformContext } from '../context/platform-context'
import { apiDispatch, isRecordedApiPath } from './http/api-dispatch'
import { isRecorded, recordCall } from './http/record-exchange'
import type { PlatformOptions } from './api/options'
import { MEDIA_BODY_LIMIT_BYTES, isMediaUpload } from './api/media/body-limit'
import { createApiRoutes, createFilesRouter } from './api/router'
import { BODY_LIMIT_BYTES, transportErrors } from './api/transport-errors'
import { unknownApi } from './api/unknown-api'
import { createOauthRoutes } from './oauth/router'

export type { PlatformOptions, TemplateSentJob } from './api/options'

/**
 * Serve it on a server built with expressServerOptions(app) (http/express-server.ts): Express's
 * per-request cost then nearly vanishes, which is most of what an API call costs.
 *
 * @example
 * const state = createPlatformState(ctx)
 * const app = createPlatformApp(ctx, { state, onTemplateSent: (job) => push.templateFinished(job) })
 * const server = createServer(expressServerOptions(app), app).listen(0, '127.0.0.1')
 */
export function createPlatformApp(ctx: PlatformContext, options: PlatformOptions): express.Express {
  const app = express()
  // WeChat sends neither; Express's ETag would also turn repeated GETs into 304s.
  app.disable('x-powered-by')
  app.set('etag', false)

  const oauth = createOauthRoutes(ctx, options.oauth ?? { currentUser: () => undefined })
  // Every API path — /cgi-bin, /customservice and OAuth's /sns — in one table, found by one
  // lookup: walking Express routes one by one cost more than most calls' own work.
  const routes = createApiRoutes(ctx, options).use(oauth.api)
  // Every body as bytes whatever its Content-Type: WeChat reads JSON regardless, and the
  // Exchange keeps the exact bytes. Uploads get their larger limit (docs/api-media.md).
  const readBody = express.raw({ type: () => true, limit: BODY_LIMIT_BYTES })
  const readUpload = express.raw({ type: () => true, limit: MEDIA_BODY_LIMIT_BYTES })
  const limitOf = (req: Request) => (isMediaUpload(req) ? MEDIA_BODY_LIMIT_BYTES : BODY_LIMIT_BYTES)

  // First: an API call passes through nothing else. It records every /cgi-bin and /sns call and
  // refuses a declared body over the limit itself; a path mpsim does not simulate gets 40066.
  app.use(
    apiDispatch(ctx, routes, {
      bodyLimit: limitOf,
      readBody: (req, res, next) => {
        const read = isMediaUpload(req) ? readUpload : readBody
        read(req, res, next)
      },
      unknown: unknownApi(ctx, options),
    }),
  )
  // Then, for everything else, before anything answers without reading the body: see
  // runtime/body-limit.ts.
  app.use(refuseDeclaredOversize(limitOf))
  // Only the authorize and consent pages check Host: they are HTML for a browser and show users'
  // nicknames and the account, so a DNS-rebinding page must not read them. /cgi-bin and /sns are
  // JSON APIs called server to server by bots from anywhere (a tunnel, a container, a name in
  // /etc/hosts) and carry their own credentials (access_token, secret, code); a browser page
  // cannot get those from us by rebinding. The WeUI stylesheet is public.
  app.use(
    '/connect',
    pageHostGuard(() => ctx.directory.listAccounts().map((account) => account.callbackDomain)),
  )
  // The pages' form posts (consent) read their body the same way.
  app.use(readBody)
  // OAuth records its own pages as 'oauth' Exchanges.
  app.use(oauth.pages)
  app.use(createFilesRouter(ctx, options))
  app.use((_req, res) => {
    res.status(404).json({
      error: 'not-found',
      mpsim_hint: 'the mock platform serves /cgi-bin/*, /sns/* and /connect/oauth2/authorize',
    })
  })
  app.use(
    transportErrors(ctx, (req, res, answer) => {
      // A call refused before the dispatcher saw it (a declared body over the limit) is recorded
      // here; one the dispatcher already records is just answered.
      if (isRecorded(res) || !isRecordedApiPath(req.path)) answer()
      else recordCall(ctx, 'api', req, res, answer)
    }),
  )
  return app
}
