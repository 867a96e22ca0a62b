/**
 * A server built with expressServerOptions hands Express requests and responses that already have
 * the app's prototypes, and every Express feature still works on them.
 */
import express from 'express'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { expressServerOptions } from '../../../src/core/platform/http/express-server'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

async function serve(app: express.Express): Promise<string> {
  const server = createServer(expressServerOptions(app), app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closers.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  )
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

describe('expressServerOptions', () => {
  it('builds requests and responses with the app prototypes from the start', async () => {
    const app = express()
    const seen: unknown[] = []
    app.use((req, res) => {
      seen.push(
        Object.getPrototypeOf(req) === app.request,
        Object.getPrototypeOf(res) === app.response,
      )
      res
        .status(201)
        .json({ query: req.query, path: req.path, host: req.get('host') !== undefined })
    })
    const url = await serve(app)
    const answer = await fetch(`${url}/a/b?x=1`)
    expect(answer.status).toBe(201)
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await answer.json()).toEqual({ query: { x: '1' }, path: '/a/b', host: true })
    expect(seen).toEqual([true, true])
  })

  it('keeps each app its own prototypes', async () => {
    const one = express()
    const two = express()
    one.use((_req, res) => res.send(res.app === one ? 'one' : 'wrong'))
    two.use((_req, res) => res.send(res.app === two ? 'two' : 'wrong'))
    const [a, b] = await Promise.all([serve(one), serve(two)])
    expect(await (await fetch(a)).text()).toBe('one')
    expect(await (await fetch(b)).text()).toBe('two')
  })

  it('reads request bodies and passes errors to the error handler as usual', async () => {
    const app = express()
    app.use(express.json())
    app.post('/echo', (req, res) => res.json(req.body))
    app.get('/fail', () => {
      throw new Error('boom')
    })
    app.use(
      (error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
        res.status(500).send(error.message)
      },
    )
    const url = await serve(app)
    const echo = await fetch(`${url}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ a: [1, 2] }),
    })
    expect(await echo.json()).toEqual({ a: [1, 2] })
    const fail = await fetch(`${url}/fail`)
    expect([fail.status, await fail.text()]).toEqual([500, 'boom'])
  })
})
