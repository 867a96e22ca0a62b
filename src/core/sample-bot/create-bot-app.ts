/**
 * The sample bot's Express app: wiring only. Read the routes in this order:
 *   wechat/verify-route.ts    GET  /wechat          URL verification (protocol.md §3)
 *   wechat/message-route.ts   POST /wechat          pushes and passive replies (protocol.md §4, §7, §8)
 *   oauth/oauth-router.ts     GET  /oauth…          web authorization pages (protocol.md §9)
 *   jssdk/jssdk-router.ts     GET  /jssdk…          the JS-SDK demo, signed right and wrong (protocol.md §11)
 *   assets/static-router.ts   GET  /static/…        WeUI css and demo files
 */
import express from 'express'
import type { NextFunction, Request, Response } from 'express'
import { refuseDeclaredOversize } from '../runtime/body-limit'
import { pageHostGuard } from '../runtime/host-guard'
import { staticRouter } from './assets/static-router'
import { BackgroundWork } from './background-work'
import type { ResolvedBotConfig } from './config'
import { createErrorHandler, notFound } from './http/error-handler'
import { acceptXmlContentType, readXmlText } from './http/xml-body'
import { jssdkRouter } from './jssdk/jssdk-router'
import { oauthRouter } from './oauth/oauth-router'
import { AccessTokenCache } from './platform-client/access-token'
import { JsapiTicketCache } from './platform-client/jsapi-ticket'
import { TemporaryMediaCache } from './platform-client/temporary-media-cache'
import { requireSignature } from './wechat/check-signature'
import { messageRoute } from './wechat/message-route'
import { verifyRoute } from './wechat/verify-route'

export interface BotApp {
  readonly app: express.Express
  /** Every timer and background job of this app; stop() cancels them. */
  readonly work: BackgroundWork
}

export interface BotAppOptions {
  /**
   * The OAuth callback domains (网页授权域名) the bot's pages are opened on besides loopback names,
   * read on every request (e.g. the accounts' callbackDomain).
   * @default () => [] (loopback names only)
   */
  readonly callbackDomains?: () => Iterable<string>
}

/** The same 1 MB as http/xml-body.ts's BODY_LIMIT (the push body limit). */
const BODY_LIMIT_BYTES = 1024 * 1024

export function createBotApp(
  config: ResolvedBotConfig,
  parentSignal?: AbortSignal,
  options: BotAppOptions = {},
): BotApp {
  const work = new BackgroundWork(config.log, parentSignal)
  // The account is read on every request (config.account()), never copied here: a Token or
  // EncodingAESKey changed while the bot runs applies to the next push.
  const { account } = config
  const tokens = new AccessTokenCache({
    platformBaseUrl: config.platformBaseUrl,
    account,
    now: config.now,
  })
  // Media ids belong to the account, like the token: uploaded with it, cached per AppID.
  const media = new TemporaryMediaCache({
    platformBaseUrl: config.platformBaseUrl,
    tokens,
    account,
    now: config.now,
  })
  const sns = { platformBaseUrl: config.platformBaseUrl, account }
  const tickets = new JsapiTicketCache({
    platformBaseUrl: config.platformBaseUrl,
    tokens,
    account,
    now: config.now,
  })

  const app = express()
  app.disable('x-powered-by')
  app.use(noSniff)
  // Before a signature check answers without reading the body: see runtime/body-limit.ts.
  app.use(refuseDeclaredOversize(BODY_LIMIT_BYTES))
  // Only the web pages check Host: the OAuth pages show the signed-in user's profile and the
  // JS-SDK pages a fresh signature, so a DNS-rebinding page must not read them. /wechat is called
  // by WeChat with whatever host the account's URL names (a tunnel, a public domain) and is
  // protected by its signature; /static is public.
  const pageHosts = pageHostGuard(options.callbackDomains ?? (() => []))
  app.use('/oauth', pageHosts)
  app.use('/jssdk', pageHosts)
  app.get('/wechat', verifyRoute(account))
  app.post(
    '/wechat',
    requireSignature(account),
    acceptXmlContentType,
    readXmlText,
    messageRoute({ config, work, tokens, media }),
  )
  app.use(
    oauthRouter({
      sns,
      account,
      oauthBaseUrl: config.oauthBaseUrl,
      random: config.random,
      now: config.now,
      signal: work.signal,
    }),
  )
  app.use(
    jssdkRouter({
      tickets,
      account,
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
