/**
 * The Express floor of the media bench: Express 5 answering GET with one file's bytes and the
 * headers media/get sends (Content-Type, Content-disposition, Cache-Control), and POST with the
 * same raw-body parser the platform's upload paths get (express.raw, 12 MB) and a small JSON
 * answer shaped like media/upload's. No checks, no recording, no storage: what is left is Express
 * and the bytes. Args: the file path, its Content-Type, its Content-disposition.
 */
import express from 'express'
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'

const [path, contentType = 'image/jpeg', disposition = 'attachment; filename="file.jpg"'] =
  process.argv.slice(2)
if (!path) throw new Error('express-file: give the file path')
const bytes = readFileSync(path)
let uploads = 0

const app = express()
app.use(express.raw({ type: () => true, limit: 12 * 1024 * 1024 }))
app.get('/{*rest}', (_req, res) => {
  res.status(200)
  res.setHeader('Content-Type', contentType)
  res.setHeader('Content-disposition', disposition)
  res.setHeader('Cache-Control', 'no-cache, must-revalidate')
  res.send(bytes)
})
app.post('/{*rest}', (req, res) => {
  const received = Buffer.isBuffer(req.body) ? req.body.length : 0
  res.setHeader('Content-Type', 'application/json; encoding=utf-8')
  res.send(
    JSON.stringify({
      type: 'image',
      media_id: `floor-${++uploads}-${received}`,
      created_at: Math.floor(Date.now() / 1000),
    }),
  )
})
const server = app.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
