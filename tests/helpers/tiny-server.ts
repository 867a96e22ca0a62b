/**
 * Throwaway HTTP servers for engine tests: deliberately broken bots written in a few lines.
 * Always on 127.0.0.1, port 0; close() also destroys open sockets so hanging bots end.
 */
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface TinyServer {
  url: string
  port: number
  close(): Promise<void>
}

export type TinyHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
) => void | Promise<void>

export async function startTinyServer(handler: TinyHandler, path = '/wechat'): Promise<TinyServer> {
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      void Promise.resolve(handler(req, res, Buffer.concat(chunks))).catch(() => res.destroy())
    })
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}${path}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}

/** A port with nothing listening: bound, then released. */
export async function closedPortUrl(path = '/wechat'): Promise<string> {
  const s = await startTinyServer(() => undefined)
  await s.close()
  return `http://127.0.0.1:${s.port}${path}`
}
