/**
 * GET /__mpsim/weui.min.css: the official WeUI stylesheet for the authorize pages, read once when
 * the router is built. The `/__mpsim/` prefix cannot collide with a WeChat path. When the weui
 * package is missing (a build that left it out) the pages still work, unstyled, and the route
 * says why.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { RequestHandler } from 'express'

function loadWeuiCss(): Buffer | undefined {
  try {
    return readFileSync(createRequire(import.meta.url).resolve('weui/dist/style/weui.min.css'))
  } catch (error) {
    console.error('mpsim: weui.min.css not found; the OAuth pages will be unstyled:', error)
    return undefined
  }
}

export function weuiCssRoute(): RequestHandler {
  const css = loadWeuiCss()
  return (_req, res) => {
    if (css === undefined) {
      res.status(404).type('text/plain').send('weui is not installed (npm install weui)')
      return
    }
    res
      .set('Cache-Control', 'public, max-age=3600')
      .set('X-Content-Type-Options', 'nosniff')
      .type('text/css; charset=utf-8')
      .send(css)
  }
}
