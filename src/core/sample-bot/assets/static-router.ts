/**
 * /static/*: WeUI's stylesheet, the bot's own few CSS rules, the JS-SDK demo's script and the demo
 * files. Long-lived caching is fine for these (they change only with the bot's code).
 */
import { Router } from 'express'
import type { Response } from 'express'
import { basename, dirname } from 'node:path'
import { ASSET_PATHS } from '../replies/demo-media'
import { DEMO_SCRIPT_PATH } from '../views/jssdk-page'
import { BOT_CSS } from './bot-css'
import { COVER_SVG, silentWav } from './demo-files'
import { JSSDK_DEMO_JS } from './jssdk-demo-js'
import { resolveWeuiCss } from './weui-css'

export function staticRouter(): Router {
  const router = Router()
  const weuiPath = resolveWeuiCss()
  const wav = silentWav()
  const cache = (res: Response) => res.set('Cache-Control', 'public, max-age=3600')

  router.get('/static/weui.min.css', (_req, res) => {
    if (weuiPath === undefined) {
      res.status(404).type('text/plain').send('weui is not installed (npm install weui)')
      return
    }
    cache(res)
    // `root` limits send's dotfile check to the file name: without it a project living under a
    // dot-folder (~/.cache/…) would get 404.
    res.type('text/css; charset=utf-8').sendFile(basename(weuiPath), { root: dirname(weuiPath) })
  })
  router.get('/static/bot.css', (_req, res) => {
    cache(res)
    res.type('text/css; charset=utf-8').send(BOT_CSS)
  })
  router.get(DEMO_SCRIPT_PATH, (_req, res) => {
    cache(res)
    res.type('text/javascript; charset=utf-8').send(JSSDK_DEMO_JS)
  })
  router.get(ASSET_PATHS.cover, (_req, res) => {
    cache(res)
    // An SVG opened directly could run script; this one has none, and the CSP forbids it anyway.
    res.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
    res.type('image/svg+xml').send(COVER_SVG)
  })
  router.get(ASSET_PATHS.music, (_req, res) => {
    cache(res)
    res.type('audio/wav').send(wav)
  })
  return router
}
