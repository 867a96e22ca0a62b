/**
 * The inspector for the web side of WeChat, against a real core: OAuth calls driven over HTTP
 * exactly as a browser and a bot server make them (a refused consent, WeChat's 10003 error page, a
 * code traded twice), and the phone browser walked in a real tab (the sample bot's OAuth start
 * page, its JS-SDK demo signed wrong). Each kind shows what applies to it: the finding's title,
 * explanation and fix instead of an error page's HTML, a refusal as a refusal, errcodes with
 * their meaning, no push deadline where there is none, and a walk's hops as one flow, in order.
 */
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { OAUTH_OUTCOME_TEXT } from '../../src/shared/explain/oauth-findings'
import { OAUTH_PROBLEM_TEXT } from '../../src/shared/explain/oauth-problems'
import { JSSDK_PROBLEM_TEXT, JSSDK_SIGNED_TEXT } from '../../src/shared/explain/jssdk-problems'
import { PAGE_NOTE_TEXT } from '../../src/shared/explain/page-notes'
import { WECHAT_ERRCODE_TEXT } from '../../src/shared/explain/wechat-errcodes'
import type { RunningCore } from '../../src/core/start-core'
import type { Exchange, PageExchange } from '../../src/shared/model/exchange'
import { test as base, expect } from './fixtures'
import { openInspector } from './pages/inspector'
import { seriousViolations } from './support/axe'
import { forEachLook } from './support/looks'

interface ExchangeLog {
  readonly seen: Exchange[]
  find(what: string, match: (e: Exchange) => boolean): Promise<Exchange>
}

/** Each test's `log`: every exchange the core publishes while it runs, and a way to wait for one. */
const test = base.extend<{ log: ExchangeLog }>({
  log: async ({ core }, use) => {
    const seen: Exchange[] = []
    const stop = core.bus.on('exchange', (exchange) => {
      if (!exchange.inProgress) seen.push(exchange)
    })
    await use({
      seen,
      async find(what, match) {
        await expect.poll(() => seen.some(match), { message: `waiting for ${what}` }).toBe(true)
        return seen.find(match)!
      },
    })
    stop()
  },
})

const botOrigin = (core: RunningCore) => new URL(core.botUrl!).origin

/** The sample bot's authorize link (its /oauth/start answers a 302 to it), #wechat_redirect included. */
async function authorizeLink(core: RunningCore): Promise<string> {
  const start = await fetch(`${botOrigin(core)}/oauth/start?scope=snsapi_userinfo`, {
    redirect: 'manual',
  })
  expect(start.status).toBe(302)
  return start.headers.get('location') ?? ''
}

/**
 * Opens the sample bot's authorize link with its redirect_uri sent to a domain the account never
 * set: WeChat answers with its 10003 error page.
 */
async function openForeignRedirect(core: RunningCore): Promise<Response> {
  const link = new URL(await authorizeLink(core))
  link.searchParams.set('redirect_uri', 'http://evil.example/cb/')
  return fetch(link)
}

/** Opens the consent page the way the phone does and answers it (a browser drops the #fragment). */
async function answerConsent(core: RunningCore, decision: 'allow' | 'deny'): Promise<string> {
  const page = await (await fetch(await authorizeLink(core))).text()
  const token = /name="consent"\s+value="([^"]+)"/.exec(page)?.[1] ?? ''
  const openid = /name="openid"\s+value="([^"]+)"/.exec(page)?.[1] ?? ''
  const answer = await fetch(`${core.platformUrl}/connect/oauth2/authorize/consent`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ consent: token, openid, decision }).toString(),
    redirect: 'manual',
  })
  expect(answer.status).toBe(302)
  return answer.headers.get('location') ?? ''
}

/** Opens an address in the phone browser (the control API), and loads it in a tab of its own. */
async function browse(core: RunningCore, page: Page, url: string) {
  const answer = await fetch(`${core.url}/api/phone-browser/open`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-mpsim-token': core.token, origin: core.url },
    body: JSON.stringify({ url }),
  })
  expect(answer.status).toBe(200)
  const opened = (await answer.json()) as { frameUrl: string; walkId: string }
  const tab = await page.context().newPage()
  await tab.goto(opened.frameUrl)
  return { tab, walkId: opened.walkId }
}

const startedAt = (e: Exchange) => e.attempts[0]?.startedAt ?? 0

/** axe's serious and critical violations on the page (contrast of the new chips…). */
const axeProblems = (page: Page) => seriousViolations(new AxeBuilder({ page }))

test.describe('Inspector: OAuth, API and phone-browser exchanges', () => {
  test('a refused consent reads as a refusal, never as “OK, errcode 0”', async ({
    page,
    core,
    log,
  }) => {
    const { app, inspector } = await openInspector(page, core.uiUrl)
    await answerConsent(core, 'deny')
    const denied = await log.find(
      'the refusal',
      (e) => e.kind === 'oauth' && e.analysis?.outcome === 'denied',
    )
    await expect(inspector.row(denied.id)).toHaveAttribute('data-outcome', 'denied')
    await expect(inspector.row(denied.id)).toContainText('Refused')
    await inspector.open(denied.id)
    const card = inspector.card('outcome-denied')
    await expect(card).toHaveAttribute('data-severity', 'warning')
    await expect(card).toContainText(OAUTH_OUTCOME_TEXT.denied.en.title)
    await expect(card).toContainText(OAUTH_OUTCOME_TEXT.denied.en.explanation)
    await expect(inspector.problemFix('outcome-denied')).toHaveText(
      OAUTH_OUTCOME_TEXT.denied.en.fix,
    )
    await expect(inspector.summaryOutcome).toContainText('Refused')
    await expect(inspector.detail).not.toContainText('errcode 0')
    await expect(inspector.section('summary')).not.toContainText('errcode')
    // No push deadline for an OAuth page: the duration, plainly.
    await expect(inspector.section('timeline')).toHaveCount(0)
    await expect(inspector.detail).not.toContainText('deadline')
    await expect(inspector.summaryValue('duration')).toContainText('HTTP 302')

    await app.language('zh')
    await expect(inspector.row(denied.id)).toContainText('用户拒绝')
    await expect(inspector.cardTitle('outcome-denied')).toHaveText(
      OAUTH_OUTCOME_TEXT.denied.zh.title,
    )
    await expect(inspector.detail).not.toContainText('秒时限')
  })

  test('WeChat’s 10003 page: its number, the finding and the fix — no HTML', async ({
    page,
    core,
    log,
  }) => {
    const { app, inspector } = await openInspector(page, core.uiUrl)
    const answer = await openForeignRedirect(core)
    expect(answer.status).toBe(200)
    expect(await answer.text()).toMatch(/^<!doctype html>/i)
    const refused = await log.find('the error page', (e) => e.errcode === 10003)
    await expect(inspector.row(refused.id)).toHaveAttribute('data-outcome', 'failed')
    await expect(inspector.row(refused.id)).toContainText('Authorize link opened')
    await inspector.open(refused.id)
    await expect(inspector.cardTitle('outcome-error-page')).toContainText(
      '10003 · redirect_uri domain does not match',
    )
    const mismatch = OAUTH_PROBLEM_TEXT['redirect-uri-domain-mismatch'].en
    await expect(inspector.cardTitle('redirect-uri-domain-mismatch')).toHaveText(mismatch.title)
    await expect(inspector.problemFix('redirect-uri-domain-mismatch')).toHaveText(mismatch.fix)
    await expect(inspector.problemFact('redirect-uri-domain-mismatch', 'host')).toContainText(
      'evil.example',
    )
    await expect(inspector.problemSpec('redirect-uri-domain-mismatch')).toHaveText(
      'Protocol notes §9.2',
    )
    await expect(inspector.section('summary')).toContainText(
      '10003 · redirect_uri domain does not match',
    )
    for (const part of [inspector.section('summary'), inspector.verdict]) {
      await expect(part).not.toContainText('<!doctype', { ignoreCase: true })
      await expect(part).not.toContainText('<html')
    }
    await expect(inspector.section('timeline')).toHaveCount(0)
    // The authorize link's parameters are explained.
    await expect(inspector.query).toContainText('where WeChat sends the browser back')

    await app.language('zh')
    await expect(inspector.cardTitle('outcome-error-page')).toContainText(
      '10003 · redirect_uri 域名与后台配置不一致',
    )
    const zh = OAUTH_PROBLEM_TEXT['redirect-uri-domain-mismatch'].zh
    await expect(inspector.problemFix('redirect-uri-domain-mismatch')).toHaveText(zh.fix)
  })

  test('a code traded twice: 40163 with its meaning, why and the fix', async ({
    page,
    core,
    log,
  }) => {
    const { inspector } = await openInspector(page, core.uiUrl)
    const code = new URL(await answerConsent(core, 'allow')).searchParams.get('code') ?? ''
    const account = core.workspace.directory.listAccounts()[0]!
    const trade = new URL('/sns/oauth2/access_token', core.platformUrl)
    trade.search = new URLSearchParams({
      appid: account.appId,
      secret: account.appSecret,
      code,
      grant_type: 'authorization_code',
    }).toString()
    expect(((await (await fetch(trade)).json()) as { openid?: string }).openid).toBeTruthy()
    expect(((await (await fetch(trade)).json()) as { errcode?: number }).errcode).toBe(40163)
    const again = await log.find('the second trade', (e) => e.errcode === 40163)
    await inspector.open(again.id)
    const meaning = WECHAT_ERRCODE_TEXT[40163]!.en
    await expect(inspector.cardTitle('errcode-40163')).toHaveText(
      'WeChat answered errcode 40163: Code already used',
    )
    await expect(inspector.card('errcode-40163')).toContainText(meaning.explanation ?? '')
    await expect(inspector.problemFix('errcode-40163')).toHaveText(meaning.fix ?? '')
    await expect(inspector.problemFact('errcode-40163', 'errmsg')).toContainText('code been used')
    await expect(inspector.section('summary')).toContainText('40163 · Code already used')
    await expect(inspector.query).toContainText('single use, dies after 5 minutes')
    await expect(inspector.section('timeline')).toHaveCount(0)
  })

  test('a phone-browser walk: real addresses, and its hops as one flow, oldest first', async ({
    page,
    core,
    log,
  }) => {
    const { inspector } = await openInspector(page, core.uiUrl)
    const startUrl = `${botOrigin(core)}/oauth/start?scope=snsapi_userinfo`
    const { tab, walkId } = await browse(core, page, startUrl)
    await tab.getByTestId('oauth-consent-deny').click()
    await expect(tab).toHaveURL(/\/oauth\/callback\//)
    const callback = await log.find(
      'the callback page',
      (e) => e.kind === 'page' && e.analysis.url.includes('/oauth/callback/'),
    )
    await tab.close()
    const start = log.seen.find(
      (e): e is PageExchange => e.kind === 'page' && e.analysis.url === startUrl,
    )!
    expect(start.analysis.walkId).toBe(walkId)
    // The walk: its page requests and the platform's OAuth pages served meanwhile.
    const hops = log.seen
      .filter(
        (e) =>
          (e.kind === 'page' && e.analysis.walkId === walkId) ||
          ((e.kind === 'oauth' || e.kind === 'api') && startedAt(e) >= startedAt(start)),
      )
      .sort((a, b) => startedAt(a) - startedAt(b))
      .map((e) => e.id)
    expect(hops.at(-1)).toBe(callback.id)

    await inspector.open(start.id)
    await expect(inspector.summaryValue('page-address')).toHaveText(startUrl)
    await expect(inspector.summaryValue('page-routedTo')).toContainText('the site itself')
    await expect(inspector.summaryValue('page-redirect')).toContainText('#wechat_redirect')
    await expect(inspector.summaryValue('page-redirect')).toContainText('/connect/oauth2/authorize')
    await expect(inspector.summaryValue('page-notes')).toContainText(
      PAGE_NOTE_TEXT['location-rewritten'].en,
    )
    await expect(inspector.summaryValue('duration')).toContainText('HTTP 302')
    await expect(inspector.section('timeline')).toHaveCount(0)
    await expect(inspector.section('verdict')).toHaveCount(0)
    await expect(page.getByTestId('inspector-request-headers')).toContainText('MicroMessenger')

    // The flow in the detail: every hop in order, this one marked, each one a way there.
    await expect(inspector.section('flow')).toContainText(`${hops.length} hops`)
    await expect(inspector.flowHops()).toHaveCount(hops.length)
    expect(
      await inspector.flowHops().evaluateAll((els) => els.map((el) => el.dataset['exchangeId'])),
    ).toEqual(hops)
    await expect(inspector.flowHops().first()).toHaveAttribute('aria-current', 'step')
    await expect(inspector.row(start.id).getByTestId('inspector-row-flow')).toContainText(
      `1/${hops.length}`,
    )
    const refusal = log.seen.find((e) => e.kind === 'oauth' && e.analysis?.outcome === 'denied')!
    await inspector.flowHops().nth(hops.indexOf(refusal.id)).click()
    await expect(inspector.detail).toHaveAttribute('data-exchange-id', refusal.id)
    await expect(inspector.card('outcome-denied')).toBeVisible()

    // The walk alone in the list, as it happened; then everything again.
    await inspector.flowAction('list').click()
    await expect(inspector.listFlow()).toContainText(`${hops.length} hops, oldest first`)
    await expect(inspector.filter('walk')).toHaveValue(walkId)
    await expect(inspector.rows).toHaveCount(hops.length)
    expect(await inspector.rowValues('data-exchange-id')).toEqual(hops)
    await inspector.listFlow().getByRole('button').click()
    await expect(inspector.listFlow()).toHaveCount(0)
    await expect(inspector.filter('walk')).toHaveValue('')

    // The same walk in the OAuth steps.
    await inspector.flowAction('stepper').click()
    await expect(page.getByTestId('nav-oauth')).toHaveAttribute('aria-current', 'page')
  })

  test('wx.config signed wrong: the breakdown and WeChat’s answer, explained', async ({
    page,
    core,
    log,
  }) => {
    const { app, inspector } = await openInspector(page, core.uiUrl)
    const { tab } = await browse(core, page, `${botOrigin(core)}/jssdk/wrong`)
    const config = (await log.find(
      'wx.config',
      (e) => e.kind === 'page' && e.analysis.jssdkConfig !== undefined,
    )) as PageExchange
    await tab.close()
    const fact = config.analysis.jssdkConfig!
    expect(fact.ok).toBe(false)
    await expect(inspector.row(config.id)).toHaveAttribute('data-outcome', 'failed')
    await inspector.open(config.id)
    await expect(inspector.detail.locator('h2')).toHaveText('wx.config')
    await expect(inspector.jssdk('errmsg')).toContainText('config:invalid signature')
    const problem = JSSDK_PROBLEM_TEXT['invalid-signature'].en
    await expect(inspector.cardTitle('invalid-signature')).toHaveText(problem.title)
    await expect(inspector.problemFix('invalid-signature')).toHaveText(problem.fix)
    await expect(inspector.cardTitle('url-without-query')).toHaveText(
      JSSDK_SIGNED_TEXT['url-without-query'].en.title,
    )
    await expect(inspector.jssdk('string1')).toHaveText(fact.string1)
    await expect(inspector.jssdk('expected')).toHaveText(fact.expectedSignature)
    await expect(inspector.jssdk('given')).toHaveText(fact.givenSignature)
    await expect(inspector.jssdk('given').locator('mark').first()).toBeVisible()
    await expect(inspector.jssdk('match')).toHaveAttribute('data-match', 'false')
    // What the page signed lacks the query WeChat signs: struck out where it is missing.
    await expect(page.getByTestId('inspector-jssdk-signed-string1').locator('del')).toHaveText(
      new URL(fact.url).search,
    )
    await expect(inspector.jssdk('url')).toContainText(fact.url)
    await expect(inspector.jssdk('domain')).toHaveAttribute('data-verdict', 'allowed')
    await expect(inspector.summaryOutcome).toContainText(problem.title)
    await expect(inspector.section('timeline')).toHaveCount(0)
    await page.setViewportSize({ width: 1440, height: 900 })
    await inspector.verdict.scrollIntoViewIfNeeded()
    await app.screenshot('inspector-jssdk-1440x900-light-en')
    await inspector.jssdk('string1').scrollIntoViewIfNeeded()
    await app.screenshot('inspector-jssdk-1440x900-light-en-breakdown')

    await app.language('zh')
    await expect(inspector.cardTitle('invalid-signature')).toHaveText(
      JSSDK_PROBLEM_TEXT['invalid-signature'].zh.title,
    )
    await expect(inspector.jssdk('domain')).toContainText('在列表中')
    await inspector.darkTheme()
    await inspector.jssdk('string1').scrollIntoViewIfNeeded()
    await app.screenshot('inspector-jssdk-1440x900-dark-zh-breakdown')
    expect(await axeProblems(page)).toEqual([])
  })

  test('the kind filter has web pages; search finds a title in either language', async ({
    page,
    core,
    log,
  }) => {
    const { app, inspector } = await openInspector(page, core.uiUrl)
    const { exchange: verification } = await core.engine.verify({ probe: true })
    const { tab } = await browse(core, page, `${botOrigin(core)}/oauth`)
    const guide = await log.find('the guide page', (e) => e.kind === 'page')
    await tab.close()
    await expect(inspector.row(guide.id)).toBeVisible()
    await inspector.filter('kind').selectOption('page')
    await expect(inspector.row(guide.id)).toBeVisible()
    expect(new Set(await inspector.rowValues('data-kind'))).toEqual(new Set(['page']))
    await expect(inspector.filter('kind').locator('option[value="page"]')).toHaveText('Web page')
    await inspector.filter('kind').selectOption('')

    // The English app finds the verification by its Chinese title, and the other way round.
    await inspector.searchFor('URL 验证')
    await expect(inspector.row(verification.id)).toBeVisible()
    expect(new Set(await inspector.rowValues('data-kind'))).toEqual(new Set(['verify']))
    await app.language('zh')
    await inspector.searchFor('URL verification')
    await expect(inspector.row(verification.id)).toBeVisible()
    await expect(inspector.filter('kind').locator('option[value="page"]')).toHaveText('网页')
    await inspector.clearSearch()
  })

  test('screenshots and axe: an OAuth finding and a page request, both themes and languages', async ({
    page,
    core,
    log,
  }) => {
    // Sixteen screenshots and eight axe passes: bounded work that outlasts the default 30 s on a
    // loaded two-core machine.
    test.slow()
    const { app, inspector } = await openInspector(page, core.uiUrl)
    await openForeignRedirect(core)
    const refused = await log.find('the error page', (e) => e.errcode === 10003)
    const startUrl = `${botOrigin(core)}/oauth/start?scope=snsapi_base`
    const { tab } = await browse(core, page, startUrl)
    // snsapi_base is silent: the bot's server trades the code while the callback loads.
    await log.find('the code trade', (e) => e.title === '/sns/oauth2/access_token')
    await tab.close()
    const hop = await log.find(
      'the start page',
      (e) => e.kind === 'page' && e.analysis.url === startUrl,
    )
    const shots: [string, string][] = [
      ['oauth-10003', refused.id],
      ['page', hop.id],
    ]
    const problems: string[] = []
    for (const [name, id] of shots) {
      await inspector.open(id)
      await forEachLook(page, app, async ({ width, height, scheme, lang }) => {
        await expect(inspector.detail).toHaveAttribute('data-exchange-id', id)
        await inspector.detail.locator('h2').scrollIntoViewIfNeeded()
        await app.screenshot(`inspector-${name}-${width}x${height}-${scheme}-${lang}`)
        if (width === 1440) {
          for (const line of await axeProblems(page))
            problems.push(`${name} ${scheme} ${lang}: ${line}`)
        }
      })
    }
    expect(problems, problems.join('\n')).toEqual([])
  })
})
