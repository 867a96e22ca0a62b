/**
 * The stepper's reading of a walk (features/oauth/walk-model.ts, step-status.ts): the hops of one
 * walk sorted into the five steps, the mock's records matched to them, and the /sns calls chained
 * by the code and the tokens they carried — not by time, so later calls made by hand join the walk.
 */
import { describe, expect, it } from 'vitest'
import {
  buildWalkView,
  latestTokens,
  walkIds,
} from '../../../../src/renderer/src/features/oauth/walk-model'
import { stepStatus } from '../../../../src/renderer/src/features/oauth/step-status'
import type { Exchange } from '../../../../src/shared/model/exchange'
import { api, AUTHORIZE, BOT, page, record } from './walk-fixtures'

function goodWalk(): Exchange[] {
  const start = page('p1', `${BOT}/oauth/start?scope=snsapi_userinfo`, 302, {
    redirectTo: `${AUTHORIZE}#wechat_redirect`,
  })
  const authorize = page('p2', AUTHORIZE, 200, { title: '授权' })
  const consent = page(
    'p3',
    'http://127.0.0.1:5175/connect/oauth2/authorize/consent',
    302,
    { redirectTo: `${BOT}/oauth/callback/?code=C1&state=S1` },
    'POST',
  )
  const callback = page('p4', `${BOT}/oauth/callback/?code=C1&state=S1`, 303, {
    redirectTo: `${BOT}/oauth/profile`,
  })
  const token = api(
    'a1',
    '/sns/oauth2/access_token?appid=wx1&secret=x&code=C1&grant_type=authorization_code',
    {
      access_token: 'T1',
      refresh_token: 'R1',
      openid: 'o-user',
      scope: 'snsapi_userinfo',
      expires_in: 7200,
    },
  )
  const userinfo = api('a2', '/sns/userinfo?access_token=T1&openid=o-user&lang=zh_CN', {
    openid: 'o-user',
    nickname: '张三',
  })
  const profile = page('p5', `${BOT}/oauth/profile`, 200, { title: 'Profile' })
  return [
    start,
    authorize,
    record(authorize, { outcome: 'consent-page', findings: [] }),
    consent,
    record(consent, { outcome: 'code', scope: 'snsapi_userinfo' }),
    callback,
    token,
    userinfo,
    profile,
    // Another walk's call: a different code, never part of this walk.
    api(
      'a9',
      '/sns/oauth2/access_token?appid=wx1&secret=x&code=OTHER&grant_type=authorization_code',
      {
        errcode: 40029,
        errmsg: 'invalid code',
      },
    ),
  ]
}

describe('buildWalkView', () => {
  it('sorts a good walk into the five steps', () => {
    const walk = buildWalkView(goodWalk(), 'walk-1')
    expect(walk).toBeDefined()
    if (!walk) return
    // The fragment comes from the bot's redirect: the request itself never carries it.
    expect(walk.authorizeUrl).toBe(`${AUTHORIZE}#wechat_redirect`)
    expect(walk.authorizeHop?.id).toBe('p2')
    expect(walk.authorizeRecord?.id).toBe('p2-mock')
    expect(walk.authorizeOutcome).toBe('consent-page')
    expect(walk.consentRecord?.id).toBe('p3-mock')
    expect(walk.outcome).toBe('code')
    expect(walk.code).toBe('C1')
    expect(walk.state).toBe('S1')
    expect(walk.refused).toBe(false)
    expect(walk.callbacks.map((c) => c.id)).toEqual(['p4'])
    expect(walk.tokenCalls.map((c) => c.id)).toEqual(['a1'])
    expect(walk.userinfoCalls.map((c) => c.id)).toEqual(['a2'])
    expect(walk.lastPage?.id).toBe('p5')
    expect([1, 2, 3, 4, 5].map((n) => stepStatus(walk, n as 1 | 2 | 3 | 4 | 5))).toEqual([
      'done',
      'done',
      'done',
      'skipped',
      'done',
    ])
  })

  it('chains a refresh and the userinfo made with the refreshed token, whenever they happen', () => {
    const later = [
      ...goodWalk(),
      api(
        'a3',
        '/sns/userinfo?access_token=T1&openid=o-user',
        { errcode: 42001, errmsg: 'x' },
        'you',
      ),
      api(
        'a4',
        '/sns/oauth2/refresh_token?appid=wx1&grant_type=refresh_token&refresh_token=R1',
        {
          access_token: 'T2',
          refresh_token: 'R1',
          openid: 'o-user',
          scope: 'snsapi_userinfo',
        },
        'you',
      ),
      api(
        'a5',
        '/sns/userinfo?access_token=T2&openid=o-user',
        { openid: 'o-user', nickname: '张三' },
        'you',
      ),
    ]
    const walk = buildWalkView(later, 'walk-1')
    expect(walk?.refreshCalls.map((c) => c.id)).toEqual(['a4'])
    expect(walk?.userinfoCalls.map((c) => c.id)).toEqual(['a2', 'a3', 'a5'])
    expect(latestTokens(walk)).toMatchObject({ accessToken: 'T2', refreshToken: 'R1' })
    expect(walk && stepStatus(walk, 4)).toBe('done')
    expect(walk && stepStatus(walk, 5)).toBe('warning')
  })

  it('reads a refusal: state, no code', () => {
    const authorize = page('p2', AUTHORIZE, 200)
    const consent = page(
      'p3',
      'http://127.0.0.1:5175/connect/oauth2/authorize/consent',
      302,
      {
        redirectTo: `${BOT}/oauth/callback/?state=S1`,
      },
      'POST',
    )
    const walk = buildWalkView(
      [
        authorize,
        record(authorize, { outcome: 'consent-page' }),
        consent,
        record(consent, { outcome: 'denied' }),
        page('p4', `${BOT}/oauth/callback/?state=S1`, 200),
      ],
      'walk-1',
    )
    expect(walk?.refused).toBe(true)
    expect(walk?.code).toBeUndefined()
    expect(walk && stepStatus(walk, 2)).toBe('refused')
    expect(walk && stepStatus(walk, 3)).toBe('skipped')
  })

  it('reads WeChat’s error page: step 1 failed, its code and findings', () => {
    const authorize = page('p2', AUTHORIZE, 200)
    const finding = {
      code: 'redirect-uri-domain-mismatch',
      severity: 'error' as const,
      detail: { host: 'localhost:5176' },
      wechatErrcode: 10003,
    }
    const walk = buildWalkView(
      [authorize, record(authorize, { outcome: 'error-page', findings: [finding] }, 10003)],
      'walk-1',
      `${AUTHORIZE}#wechat_redirect`,
    )
    expect(walk?.errorPageCode).toBe(10003)
    expect(walk?.findings).toEqual([finding])
    // Opened directly: the address given to open() keeps its fragment.
    expect(walk?.authorizeUrl).toBe(`${AUTHORIZE}#wechat_redirect`)
    expect(walk && stepStatus(walk, 1)).toBe('failed')
    expect(walk && stepStatus(walk, 2)).toBe('failed')
  })

  it('a consent page still waiting is the user’s turn', () => {
    const authorize = page('p2', AUTHORIZE, 200)
    const walk = buildWalkView(
      [authorize, record(authorize, { outcome: 'consent-page' })],
      'walk-1',
    )
    expect(walk && stepStatus(walk, 2)).toBe('user')
  })

  it('knows no walk it has no page of, and lists walks newest first', () => {
    const first = goodWalk()
    expect(buildWalkView(first, 'walk-2')).toBeUndefined()
    const later = page('q1', `${BOT}/oauth`, 200)
    const second = { ...later, analysis: { ...later.analysis, walkId: 'walk-2' } }
    expect(walkIds([...first, second])).toEqual(['walk-2', 'walk-1'])
  })
})
