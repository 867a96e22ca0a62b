/**
 * Registers one API path and answers a wrong method the way WeChat does (protocol.md §12): 43001
 * "require GET method" or 43002 "require POST method", HTTP 200. HEAD counts as GET.
 */
import type { Request, Response } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import type { RouteTable } from '../http/route-table'
import { answerError } from './reply'

export type ApiHandler = (req: Request, res: Response) => void

export function apiRoute(
  ctx: PlatformContext,
  routes: RouteTable,
  method: 'GET' | 'POST',
  path: string,
  handler: ApiHandler,
): void {
  const allowed = (m: string) => (method === 'GET' ? m === 'GET' || m === 'HEAD' : m === 'POST')
  routes.all(path, (req, res) => {
    if (!allowed(req.method)) {
      answerError(ctx, res, method === 'GET' ? 43001 : 43002)
      return
    }
    handler(req, res)
  })
}
