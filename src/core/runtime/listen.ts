/**
 * Starts an HTTP server on 127.0.0.1. A fixed default port moves to a free one when taken
 * (design "Defaults"); port 0 always asks the OS for a free port (tests).
 */
import { createServer } from 'node:http'
import type { RequestListener, Server, ServerOptions } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Listening {
  server: Server
  port: number
  /** True when the preferred port was taken and another one was used. */
  moved: boolean
  close(): Promise<void>
}

function listenOnce(
  handler: RequestListener,
  host: string,
  port: number,
  options: ServerOptions,
): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(options, handler)
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve(server)
    })
  })
}

export async function listenLoopback(
  handler: RequestListener,
  preferredPort: number,
  host = '127.0.0.1',
  /** node:http's server options (an Express app's prototypes: platform/http/express-server.ts). */
  options: ServerOptions = {},
): Promise<Listening> {
  let server: Server
  let moved = false
  try {
    server = await listenOnce(handler, host, preferredPort, options)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || preferredPort === 0) throw error
    server = await listenOnce(handler, host, 0, options)
    moved = true
  }
  const port = (server.address() as AddressInfo).port
  return {
    server,
    port,
    moved,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((err) => (err ? reject(err) : resolve()))
      }),
  }
}
