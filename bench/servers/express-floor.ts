/**
 * The framework floor of the API bench: Express 5 with the same raw-body parser the platform uses,
 * answering one fixed body with the same headers (Content-Type, Content-Length; no ETag, no
 * X-Powered-By, as the platform sends neither). The gap to bare node:http is Express's own cost;
 * the gap from here to the platform is mpsim's (routing, checks, Exchange recording, the log).
 * Args: the body, then `prebuilt` to serve it as the platform is served (requests built with the
 * app's prototypes, platform/http/express-server.ts): what Express costs once that is done.
 */
import express from 'express'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expressServerOptions } from '../../src/core/platform/http/express-server'

const body = Buffer.from(process.argv[2] ?? '{}', 'utf8')
const app = express()
app.disable('x-powered-by')
app.set('etag', false)
app.use(express.raw({ type: () => true, limit: '1mb' }))
app.use((_req, res) => {
  res.setHeader('Content-Type', 'application/json; encoding=utf-8')
  res.send(body)
})
const options = process.argv[3] === 'prebuilt' ? expressServerOptions(app) : {}
const server = createServer(options, app).listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
