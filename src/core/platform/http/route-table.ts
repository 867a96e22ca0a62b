/**
 * The platform's API endpoints by path, found with one Map lookup. An Express router tries its
 * routes one after another, and with some eighty endpoints a call to one registered late paid for
 * matching all those before it, on every call.
 *
 * A path is found the way Express found it: regardless of case, with or without one trailing
 * slash, on the path as sent (percent-escapes are not decoded). Only exact paths live here; routes
 * with parameters (image and media URLs) stay in an Express router.
 */
import type { NextFunction, Request, Response } from 'express'

export type RouteHandler = (req: Request, res: Response, next: NextFunction) => void

/** `/CGI-BIN/Token/` → `/cgi-bin/token`. */
function routeKey(path: string): string {
  const lower = path.toLowerCase()
  return lower.length > 1 && lower.endsWith('/') ? lower.slice(0, -1) : lower
}

export class RouteTable {
  private readonly routes = new Map<string, RouteHandler>()

  /** Any method: the handler answers a method it does not take itself (api/route.ts). */
  all(path: string, handler: RouteHandler): this {
    const key = routeKey(path)
    // Express let the first of two routes win silently; here it is a mistake to fix.
    if (this.routes.has(key)) throw new Error(`mpsim: the platform route ${path} is defined twice`)
    this.routes.set(key, handler)
    return this
  }

  /** Takes in every route of `other`. */
  use(other: RouteTable): this {
    for (const [key, handler] of other.routes) this.all(key, handler)
    return this
  }

  find(path: string): RouteHandler | undefined {
    return this.routes.get(routeKey(path))
  }
}
