/**
 * Registers one /sns endpoint. They are all GET [doc]; any other method gets WeChat's 43001
 * "require GET method" with HTTP 200 (protocol.md §12). HEAD counts as GET.
 */
import type { Request, Response } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import type { RouteTable } from '../http/route-table'
import { answerSnsError } from './sns-answer'
import { snsQuery } from './sns-query'
import type { SnsQuery } from './sns-query'

export type SnsHandler = (query: SnsQuery, res: Response, req: Request) => void

export function snsRoute(
  ctx: PlatformContext,
  routes: RouteTable,
  path: string,
  handler: SnsHandler,
): void {
  routes.all(path, (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      answerSnsError(ctx, res, 43001)
      return
    }
    handler(snsQuery(req), res, req)
  })
}
