/**
 * The seed journey's trap, reproduced on purpose: a Django-style callback route,
 * /oauth/django/callback/, behind Django's APPEND_SLASH. A request without the trailing slash gets
 * what CommonMiddleware answers — a 301 to the same path with '/' appended, query kept, empty
 * body, relative Location — and only the slashed address reaches the callback.
 *
 * An authorize URL whose redirect_uri lacks the slash (/oauth/start?trap=no-slash) therefore sends
 * the browser through one more hop after consent. That hop happens inside WeChat's browser, where
 * developers observed an `nsukey` parameter appear and the flow break (not documented by WeChat;
 * protocol.md §9.3). mpsim's phone browser reproduces the hop so the OAuth steps can show it.
 */
import type { NextFunction, Request, Response } from 'express'

export const DJANGO_CALLBACK_PATH = '/oauth/django/callback/'

export function appendSlash(req: Request, res: Response, next: NextFunction): void {
  if (req.path.endsWith('/')) {
    next()
    return
  }
  const queryAt = req.originalUrl.indexOf('?')
  const query = queryAt < 0 ? '' : req.originalUrl.slice(queryAt)
  res
    .status(301)
    .set({ Location: `${req.path}/${query}`, 'Cache-Control': 'no-store' })
    .end()
}
