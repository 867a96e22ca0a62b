/**
 * The framework floor of the API bench: Express 5 with the same raw-body parser the platform uses,
 * answering one fixed body. The gap to bare node:http is Express's own cost; the gap from here to
 * the platform is mpsim's (routing, checks, Exchange recording, the log). Arg: the body.
 */
import express from 'express'
import type { AddressInfo } from 'node:net'

const body = Buffer.from(process.argv[2] ?? '{}', 'utf8')
const app = express()
app.use(express.raw({ type: () => true, limit: '1mb' }))
app.use((_req, res) => {
  res.setHeader('Content-Type', 'application/json; encoding=utf-8')
  res.send(body)
})
const server = app.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
