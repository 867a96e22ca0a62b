/**
 * The control API app (docs/design.md "The parts", control API): the only door between the UI and the core. It also serves the
 * built renderer, so Electron (loadURL) and a plain browser run exactly the same code.
 * Static files need no token (they hold no secret); every /api route does.
 */
import express from 'express'
import type { NextFunction, Request, Response } from 'express'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { refuseDeclaredOversize } from '../runtime/body-limit'
import { bodyLimitOf, CONTROL_BODY_LIMIT_BYTES, jsonBodies } from './body-limits'
import { ControlError } from './control-error'
import { checkHost, checkOrigin, checkToken } from './guards'
import { isStreamed, mountContract, parseInput, sendStreamed } from './mount-contract'
import type { CoreEvent } from '../../shared/control/events'
import type { Handlers } from './mount-contract'

export interface ControlAppOptions {
  token: string
  handlers: Handlers
  /** Folder of the built renderer (out/renderer); the API still works without it. */
  rendererDir?: string
  /** Origins allowed to call the API, computed once the port is known. */
  allowedOrigins: () => readonly string[]
  /** Live engine events for GET /api/events (server-sent events). */
  subscribe?: (listener: (event: CoreEvent) => void) => () => void
}

/** Same CSP as the renderer's meta tag, as a header too (the header also covers workers). */
export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
  // Images and media of replies come from the local bot and platform (any loopback port), never
  // from the internet.
  "img-src 'self' data: http://127.0.0.1:* http://localhost:*; " +
  "media-src 'self' http://127.0.0.1:* http://localhost:*; " +
  "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; " +
  // The phone browser's frame: pages come through the core's loopback gateways (a port per
  // site, never the app's), never straight from the internet (docs/phone-browser.md).
  'frame-src http://127.0.0.1:* http://localhost:*; ' +
  "frame-ancestors 'none'"

export function createControlApp(options: ControlAppOptions): express.Express {
  const app = express()
  app.disable('x-powered-by')
  // First, before any guard answers: see runtime/body-limit.ts.
  app.use(refuseDeclaredOversize(bodyLimitOf))
  app.use(checkHost)
  app.use('/api', checkOrigin(options.allowedOrigins), checkToken(options.token))
  // Each command's own limit (body-limits.ts); any Content-Encoding is refused.
  app.use('/api', jsonBodies())
  if (options.subscribe) app.get('/api/events', serverSentEvents(options.subscribe))
  app.get(EXPORT_FILE_PATH, exportFile(options.handlers))
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

/** exportExchanges' input and filters, answered with the file itself (streamed, any size). */
export const EXPORT_FILE_PATH = '/api/exchanges/export/file'

/**
 * GET /api/exchanges/export/file: what exportExchanges exports, as a download (Content-Type and
 * Content-Disposition of the file) written as the log is read, so exporting a million exchanges
 * holds neither the list nor the text in memory, in the core or in the client.
 */
function exportFile(handlers: Handlers): (req: Request, res: Response) => Promise<void> {
  return async (req, res) => {
    const input = parseInput('exportExchanges', req) as Parameters<Handlers['exportExchanges']>[0]
    const answer = await handlers.exportExchanges(input)
    if (isStreamed(answer)) {
      await sendStreamed(res, answer, 'file')
      return
    }
    res
      .attachment(answer.filename)
      .setHeader('Content-Type', `${answer.mediaType}; charset=utf-8`)
      .send(answer.text)
  }
}

/**
 * GET /api/events: a text/event-stream of engine events (`event: <name>`, JSON data; the names and
 * their schemas are the table in shared/control/events.ts).
 * SSE rather than a WebSocket: one direction is all the UI needs, it passes the same token and
 * Origin guards as every command, and the renderer reads it with fetch (EventSource cannot send
 * the token header).
 */
function serverSentEvents(
  subscribe: NonNullable<ControlAppOptions['subscribe']>,
): (req: Request, res: Response) => void {
  return (req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    })
    res.write(': mpsim events\n\n')
    const unsubscribe = subscribe((event) => {
      res.write(`event: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`)
    })
    // A comment every 15 s keeps proxies and idle timers from closing the stream.
    const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000)
    req.on('close', () => {
      clearInterval(heartbeat)
      unsubscribe()
    })
  }
}

function errorMiddleware(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  const control =
    error instanceof ControlError
      ? error
      : (bodyError(error) ??
        new ControlError('internal', error instanceof Error ? error.message : String(error)))
  res.status(control.status).json(control.toBody())
}

/**
 * body-parser's refusals (and runtime/body-limit's, which has the same shape) are the client's
 * mistakes: each gets its 4xx code, never `internal`.
 */
function bodyError(error: unknown): ControlError | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { type, status, limit } = error as { type?: unknown; status?: unknown; limit?: unknown }
  switch (type) {
    case 'entity.parse.failed':
      return new ControlError('invalid-input', 'the request body is not valid JSON')
    case 'entity.too.large':
      return new ControlError(
        'payload-too-large',
        `the request body is over the limit of ${typeof limit === 'number' ? limit : CONTROL_BODY_LIMIT_BYTES} bytes`,
      )
    case 'encoding.unsupported':
      return new ControlError(
        'unsupported-encoding',
        'send the body uncompressed: the control API accepts no Content-Encoding',
      )
    case 'charset.unsupported':
      return new ControlError('unsupported-media-type', 'send JSON in UTF-8 (charset=utf-8)')
    default:
      // Other body-parser refusals (an aborted upload, a length that does not match) are 4xx too.
      return typeof type === 'string' && typeof status === 'number' && status < 500
        ? new ControlError('invalid-input', `the request body could not be read (${type})`)
        : undefined
  }
}
