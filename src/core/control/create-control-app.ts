/**
 * The control API app (design §4): the only door between the UI and the core. It also serves the
 * built renderer, so Electron (loadURL) and a plain browser run exactly the same code.
 * Static files need no token (they hold no secret); every /api route does.
 */
import express from 'express'
import type { NextFunction, Request, Response } from 'express'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ControlError } from './control-error'
import { checkHost, checkOrigin, checkToken } from './guards'
import { mountContract } from './mount-contract'
import type { Handlers } from './mount-contract'

export interface ControlAppOptions {
  token: string
  handlers: Handlers
  /** Folder of the built renderer (out/renderer); the API still works without it. */
  rendererDir?: string
  /** Origins allowed to call the API, computed once the port is known. */
  allowedOrigins: () => readonly string[]
}

/** Same CSP as the renderer's meta tag, as a header too (the header also covers workers). */
export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'"

export function createControlApp(options: ControlAppOptions): express.Express {
  const app = express()
  app.disable('x-powered-by')
  app.use(checkHost)
  app.use('/api', checkOrigin(options.allowedOrigins), checkToken(options.token))
  app.use('/api', express.json({ limit: '2mb' }))
  app.use(mountContract(options.handlers))
  app.use('/api', (_req: Request, _res: Response, next: NextFunction) => {
    next(new ControlError('not-found', 'no such command'))
  })
  if (options.rendererDir && existsSync(join(options.rendererDir, 'index.html'))) {
    app.use((_req, res, next) => {
      res.setHeader('Content-Security-Policy', RENDERER_CSP)
      res.setHeader('X-Content-Type-Options', 'nosniff')
      next()
    })
    app.use(express.static(options.rendererDir, { index: 'index.html' }))
  } else {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          'mpsim: the renderer is not built. Run `npm run build` first. / 界面尚未构建，请先运行 npm run build。',
        )
    })
  }
  app.use(errorMiddleware)
  return app
}

function errorMiddleware(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  const control =
    error instanceof ControlError
      ? error
      : isBodyParseError(error)
        ? new ControlError('invalid-input', 'the request body is not valid JSON')
        : new ControlError('internal', error instanceof Error ? error.message : String(error))
  res.status(control.status).json(control.toBody())
}

function isBodyParseError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { type?: unknown }).type === 'entity.parse.failed'
  )
}
