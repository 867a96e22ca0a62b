/**
 * Walks as flows: the page requests of one walk and the mock platform's exchanges during them, in
 * the order they happened; a platform call joins the walk whose page request was in flight.
 */
import { describe, expect, it } from 'vitest'
import {
  FLOW_GRACE_MS,
  flowPlaces,
  walkFlows,
} from '../../../../src/renderer/src/features/inspector/flows'
import type { Exchange, PageExchange } from '../../../../src/shared/model/exchange'
import { pushExchange } from '../../../helpers/exchange-fixtures'

const T0 = 1_764_000_000_000

function timed(startedAt: number, durationMs = 10) {
  return [
    {
      index: 1,
      startedAt,
      durationMs,
      request: { method: 'GET', url: '/', headers: [], body: { text: '', bytes: 0 } },
      response: { status: 200, headers: [], body: { text: '', bytes: 0 } },
    },
  ]
}

function hop(
  id: string,
  walkId: string | undefined,
  at: number,
  url = 'http://bot/x',
): PageExchange {
  return {
    id,
    kind: 'page',
    accountId: 'acc-1',
    title: url,
    simTime: 0,
    attempts: timed(at),
    analysis: {
      url,
      routedTo: 'site',
      purpose: 'navigate',
      ...(walkId === undefined ? {} : { walkId }),
    },
  }
}

function platform(id: string, kind: 'oauth' | 'api', at: number, accountId = 'acc-1'): Exchange {
  return { id, kind, accountId, title: '/sns/userinfo', simTime: 0, attempts: timed(at) }
}

describe('walkFlows', () => {
  it('groups a walk’s hops and the platform’s calls during it, oldest first', () => {
    const exchanges: Exchange[] = [
      platform('before', 'api', T0 - 5000),
      hop('p1', 'w1', T0, 'http://bot/oauth/start'),
      hop('p2', 'w1', T0 + 20),
      platform('o1', 'oauth', T0 + 25),
      hop('p3', 'w1', T0 + 100),
      // The site's server calls /sns while the callback loads, and just after.
      platform('a1', 'api', T0 + 105),
      platform('a2', 'api', T0 + 110 + FLOW_GRACE_MS - 1),
      platform('later', 'api', T0 + 110 + FLOW_GRACE_MS + 500),
      pushExchange('push', { attempts: timed(T0 + 30) }),
    ]
    // The store keeps them in arrival order; shuffle to show the flow sorts by time.
    const [flow, ...rest] = walkFlows([...exchanges].reverse())
    expect(rest).toEqual([])
    expect(flow!.walkId).toBe('w1')
    expect(flow!.number).toBe(1)
    expect(flow!.startUrl).toBe('http://bot/oauth/start')
    expect(flow!.startedAt).toBe(T0)
    expect(flow!.hops.map((e) => e.id)).toEqual(['p1', 'p2', 'o1', 'p3', 'a1', 'a2'])
  })

  it('numbers walks in the order they began; a call belongs to the walk running then', () => {
    const flows = walkFlows([
      hop('b1', 'w2', T0 + 10_000),
      hop('a1', 'w1', T0),
      platform('x', 'oauth', T0 + 10_005),
      platform('y', 'oauth', T0 + 5),
    ])
    expect(flows.map((f) => [f.walkId, f.number])).toEqual([
      ['w1', 1],
      ['w2', 2],
    ])
    expect(flows[0]!.hops.map((e) => e.id)).toEqual(['a1', 'y'])
    expect(flows[1]!.hops.map((e) => e.id)).toEqual(['b1', 'x'])
  })

  it('never takes a call past the next walk’s start into the earlier walk', () => {
    const flows = walkFlows([
      hop('a1', 'w1', T0),
      hop('b1', 'w2', T0 + 50),
      platform('x', 'api', T0 + 60),
    ])
    expect(flows[0]!.hops.map((e) => e.id)).toEqual(['a1'])
    expect(flows[1]!.hops.map((e) => e.id)).toEqual(['b1', 'x'])
  })

  it('leaves out a call made while no page request was in flight (a test, the OAuth steps)', () => {
    const flows = walkFlows([
      hop('a1', 'w1', T0),
      platform('between', 'api', T0 + 10 + FLOW_GRACE_MS + 1),
      hop('a2', 'w1', T0 + 10_000),
      platform('during', 'api', T0 + 10_005),
    ])
    expect(flows[0]!.hops.map((e) => e.id)).toEqual(['a1', 'a2', 'during'])
  })

  it('leaves out another account’s calls, but keeps calls recorded without an account', () => {
    const flows = walkFlows([
      hop('a1', 'w1', T0),
      platform('other', 'api', T0 + 5, 'acc-2'),
      platform('unknown-appid', 'oauth', T0 + 6, ''),
    ])
    expect(flows[0]!.hops.map((e) => e.id)).toEqual(['a1', 'unknown-appid'])
  })

  it('has no flow without page requests that name a walk', () => {
    expect(walkFlows([platform('x', 'oauth', T0), hop('p', undefined, T0)])).toEqual([])
    expect(walkFlows([])).toEqual([])
  })
})

describe('flowPlaces', () => {
  it('maps every hop to its flow and index', () => {
    const flows = walkFlows([hop('a1', 'w1', T0), platform('y', 'oauth', T0 + 5)])
    const places = flowPlaces(flows)
    expect(places.get('a1')?.index).toBe(0)
    expect(places.get('y')?.index).toBe(1)
    expect(places.get('y')?.flow.walkId).toBe('w1')
    expect(places.has('nope')).toBe(false)
  })
})
