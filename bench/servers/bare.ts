/**
 * The baseline of the API bench: a bare node:http server answering one fixed body with WeChat's
 * Content-Type, whatever the request. Arg: the body.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

const body = Buffer.from(process.argv[2] ?? '{}', 'utf8')
const server = createServer((req, res) => {
  req.resume()
  req.on('end', () => {
    res.writeHead(200, {
      'Content-Type': 'application/json; encoding=utf-8',
      'Content-Length': body.length,
    })
    res.end(body)
  })
})
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
