/**
 * The table of API paths finds a route as Express's router did (regardless of case, with one
 * optional trailing slash, on the path as sent) and refuses a path defined twice.
 */
import { describe, expect, it } from 'vitest'
import { RouteTable } from '../../../src/core/platform/http/route-table'
import type { RouteHandler } from '../../../src/core/platform/http/route-table'

const token: RouteHandler = () => undefined
const menu: RouteHandler = () => undefined

describe('RouteTable', () => {
  const routes = new RouteTable().all('/cgi-bin/token', token).all('/cgi-bin/menu/get', menu)

  it.each([
    ['/cgi-bin/token', token],
    ['/CGI-BIN/Token', token],
    ['/cgi-bin/token/', token],
    ['/cgi-bin/menu/get', menu],
  ])('finds %s', (path, handler) => {
    expect(routes.find(path)).toBe(handler)
  })

  it.each(['/cgi-bin/token//', '/cgi-bin/toke', '/cgi-bin/%74oken', '/cgi-bin', '/'])(
    'finds nothing at %s',
    (path) => {
      expect(routes.find(path)).toBeUndefined()
    },
  )

  it('takes in the routes of another table', () => {
    const all = new RouteTable().use(routes).all('/sns/userinfo', token)
    expect(all.find('/cgi-bin/menu/get')).toBe(menu)
    expect(all.find('/sns/userinfo')).toBe(token)
  })

  it('refuses a path defined twice, whatever its case', () => {
    expect(() =>
      new RouteTable().all('/cgi-bin/token', token).all('/CGI-BIN/token/', menu),
    ).toThrow(/defined twice/)
    expect(() => new RouteTable().use(routes).use(routes)).toThrow(/defined twice/)
  })
})
