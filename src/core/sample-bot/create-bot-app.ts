/**
 * The sample bot's Express app: wiring only. Read the routes in this order:
 *   wechat/verify-route.ts    GET  /wechat          URL verification (spec §3)
 *   wechat/message-route.ts   POST /wechat          pushes and passive replies (spec §4, §7, §8)
 *   oauth/oauth-router.ts     GET  /oauth…          web authorization pages (spec §9)
 *   assets/static-router.ts   GET  /static/…        WeUI css and demo files
 */
import express from 'express'
import type { NextFunction, Request, Response } from 'express'
import { staticRouter } from './assets/static-router'
import { BackgroundWork } from './background-work'
import type { ResolvedBotConfig } from './config'
import { createErrorHandler, notFound } from './http/error-handler'
import { acceptXmlContentType, readXmlText } from './http/xml-body'
import { oauthRouter } from './oauth/oauth-router'
import { AccessTokenCache } from './platform-client/access-token'
import { requireSignature } from './wechat/check-signature'
import { messageRoute } from './wechat/message-route'
import { verifyRoute } from './wechat/verify-route'

export interface BotApp {
  readonly app: express.Express
  /** Every timer and background job of this app; stop() cancels them. */
  readonly work: BackgroundWork
}

export function createBotApp(config: ResolvedBotConfig, parentSignal?: AbortSignal): BotApp {
  const work = new BackgroundWork(config.log, parentSignal)
  const tokens = new AccessTokenCache(config)
  const sns = {
    platformBaseUrl: config.platformBaseUrl,
    appId: config.appId,
    appSecret: config.appSecret,
  }

  const app = express()
  app.disable('x-powered-by')
  app.use(noSniff)
  app.get('/wechat', verifyRoute(config.token))
  app.post(
    '/wechat',
    requireSignature(config.token),
    acceptXmlContentType,
    readXmlText,
    messageRoute({ config, work, tokens }),
  )
  app.use(
    oauthRouter({
      sns,
      appId: config.appId,
      oauthBaseUrl: config.oauthBaseUrl,
      random: config.random,
      now: config.now,
      signal: work.signal,
    }),
  )
  app.use(staticRouter())
  app.use(notFound)
  app.use(createErrorHandler(config.log))
  return { app, work }
}

/** Browsers must trust the Content-Type we send: text/plain errors are never sniffed as HTML. */
function noSniff(_req: Request, res: Response, next: NextFunction): void {
  res.set('X-Content-Type-Options', 'nosniff')
  next()
}
