/**
 * Registers one API path and answers a wrong method the way WeChat does (protocol.md §12): 43001
 * "require GET method" or 43002 "require POST method", HTTP 200. HEAD counts as GET.
 */
import type { Request, Response, Router } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import { answerError } from './reply'

export type ApiHandler = (req: Request, res: Response) => void

export function apiRoute(
  ctx: PlatformContext,
  router: Router,
  method: 'GET' | 'POST',
  path: string,
  handler: ApiHandler,
): void {
  router.all(path, (req, res) => {
    const allowed = method === 'GET' ? ['GET', 'HEAD'] : ['POST']
    if (!allowed.includes(req.method)) {
      answerError(ctx, res, method === 'GET' ? 43001 : 43002)
      return
    }
    handler(req, res)
  })
}
