/**
 * The phone browser (WeChat's in-app browser in the phone frame, browser mode): the sample bot's
 * OAuth walk from its guide through consent to the profile page, as the phone's user and with
 * WeChat's User-Agent (in the page and in the recorded requests); the entry points (the chat's
 * ···, a VIEW menu button, links in a text reply, a news card and a template card); ‹ › and ✕;
 * the refused address and the notice for a page that left; the wx.config verdict; keyboard and
 * axe. Screenshots of the consent and profile pages at the two laptop sizes, both languages, both
 * themes (artifacts/screenshots/phone-browser-*.png).
 */
import { AxeBuilder } from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { AppPage } from './pages/app'
import { PhonePage } from './pages/phone'
import { PhoneBrowserPage } from './pages/phone-browser'
import type { RunningCore } from '../../src/core/start-core'
import { contract, TOKEN_HEADER } from '../../src/shared/control/contract'
import type { Exchange, PageExchange } from '../../src/shared/model/exchange'
import { startTinyServer } from '../helpers/tiny-server'
import { seriousViolations } from './support/axe'
import { LAPTOP_SIZES } from './support/looks'

/** The sample bot's OAuth guide: its push URL without /wechat, then /oauth. */
function guideUrl(core: RunningCore): string {
  return new URL('/oauth', core.botUrl).href
}

/** The walk's page exchanges, as any client of the control API lists them (listExchanges). */
async function pageExchanges(core: RunningCore, walkId: string): Promise<PageExchange[]> {
  const { path, output } = contract.listExchanges
  const res = await fetch(`${core.url}${path}?kind=page&limit=500`, {
    headers: { [TOKEN_HEADER]: core.token, accept: 'application/json' },
  })
  const list: readonly Exchange[] = output.parse(await res.json())
  return list.filter((e): e is PageExchange => e.kind === 'page' && e.analysis.walkId === walkId)
}

/** The bot's side of the mock platform, for creating a menu (protocol.md §10.5). */
async function platformCall(core: RunningCore, path: string, body?: unknown) {
  const a = core.workspace.directory.listAccounts()[0]!
  const res = await fetch(
    `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${a.appId}&secret=${a.appSecret}`,
  )
  const { access_token: token } = (await res.json()) as { access_token: string }
  const answer = await fetch(
    `${core.platformUrl}${path}?access_token=${token}`,
    body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) },
  )
  return (await answer.json()) as { errcode?: number }
}

/** The first of the account's own templates (a fresh account has three; made-up ids get 40037). */
async function firstTemplateId(core: RunningCore): Promise<string> {
  const { template_list: templates } = (await platformCall(
    core,
    '/cgi-bin/template/get_all_private_template',
  )) as { template_list?: { template_id: string }[] }
  return templates?.[0]?.template_id ?? ''
}

/** The app opened in `lang`, with the phone and its browser. */
async function openApp(page: Page, core: RunningCore, lang: 'zh' | 'en') {
  const app = new AppPage(page)
  await app.open(core.uiUrl, lang)
  return { app, phone: new PhonePage(page), browser: new PhoneBrowserPage(page) }
}

function userAt(core: RunningCore, index: number) {
  return core.workspace.directory.listUsers()[index]!
}

/** Serious and critical axe findings in the browser's own chrome (the page inside is the site's). */
function chromeViolations(page: Page): Promise<string[]> {
  return seriousViolations(
    new AxeBuilder({ page })
      .include('[data-testid="phone-browser"]')
      .exclude('[data-testid="phone-browser-frame"]'),
  )
}

async function focusRing(locator: Locator): Promise<string> {
  return locator.evaluate((el) => getComputedStyle(el).boxShadow)
}

function requestHeader(exchange: Exchange, name: string): string | undefined {
  return exchange.attempts[0]?.request.headers.find(([key]) => key.toLowerCase() === name)?.[1]
}

test.describe('Phone browser', () => {
  test('the OAuth walk: guide → consent → profile with the user’s nickname, as WeChat', async ({
    page,
    core,
  }) => {
    const { phone, browser } = await openApp(page, core, 'en')
    await phone.ready()
    const user = userAt(core, 0)
    await phone.pickUser(user.openid)

    await browser.openFromChat(guideUrl(core))
    await browser.showing(guideUrl(core))
    await expect(browser.title).toHaveText('网页授权示例 / OAuth demo')
    // WeChat's User-Agent inside the page.
    expect(await browser.userAgentInPage()).toMatch(/MicroMessenger\/8\.0\.\d+/)
    // The chat is covered, and out of reach of the keyboard too.
    await phone.input.focus()
    await expect(phone.input).not.toBeFocused()

    await browser.guideToConsent()
    await browser.allowConsent(user.nickname)
    await expect(browser.title).toHaveText('用户资料 / Profile')

    // The address is there on demand, the real one.
    expect(await browser.addressOnDemand()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/oauth\/profile/)

    // Every hop recorded as a page exchange of this walk, each with WeChat's User-Agent.
    const walk = await browser.walkId()
    expect(walk).not.toBe('')
    const hops = await pageExchanges(core, walk)
    const paths = hops.map((e) => new URL(e.analysis.url).pathname)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/oauth',
        '/oauth/start',
        '/connect/oauth2/authorize',
        '/oauth/profile',
      ]),
    )
    for (const hop of hops) {
      expect(requestHeader(hop, 'user-agent'), hop.analysis.url).toMatch(
        /MicroMessenger\/8\.0\.\d+/,
      )
    }

    // ‹ goes back to the consent page, › forward again; ✕ closes back to the chat.
    await expect(browser.back).toBeEnabled()
    await browser.back.click()
    await browser.showing(/\/connect\/oauth2\/authorize\?/)
    await expect(browser.forward).toBeEnabled()
    await browser.forward.click()
    await browser.showing(/\/oauth\/profile/)
    await browser.closeButton.click()
    await expect(browser.root).toHaveCount(0)
    await expect(phone.input).toBeVisible()
    await expect(browser.chatMore).toBeFocused()
  })

  test('a VIEW menu button sends its event, then opens its page in the phone browser', async ({
    page,
    core,
  }) => {
    const user = userAt(core, 2)
    const { phone, browser } = await openApp(page, core, 'zh')
    await phone.pickUser(user.openid)
    const guide = guideUrl(core)
    const created = await platformCall(core, '/cgi-bin/menu/create', {
      button: [{ type: 'view', name: '授权示例', url: guide }],
    })
    expect(created.errcode).toBe(0)
    try {
      await phone.menuButton('授权示例').click()
      await browser.showing(guide)
      await expect(browser.frame.getByRole('link', { name: /snsapi_userinfo/ })).toBeVisible()
      // The VIEW event went to the bot as today, with the page's address as its EventKey.
      await expect
        .poll(() => {
          const pushes = core.workspace.exchangeLog
            .recent()
            .filter((e) => e.kind === 'push' && e.openid === user.openid)
          return pushes.at(-1)?.title
        })
        .toBe('event.VIEW')
      const view = core.workspace.exchangeLog
        .recent()
        .filter((e) => e.kind === 'push' && e.openid === user.openid)
        .at(-1)
      expect(view?.attempts[0]?.request.body.text).toContain(`<EventKey><![CDATA[${guide}]]>`)
      await browser.closeButton.click()
      await expect(phone.menu).toBeVisible()
      // Focus is back on the button that opened the page.
      await expect(phone.menuButton('授权示例')).toBeFocused()
    } finally {
      await platformCall(core, '/cgi-bin/menu/delete')
    }
  })

  test('a link in a text reply, a news card and a template’s Details open in the phone browser', async ({
    page,
    core,
  }) => {
    const { phone, browser } = await openApp(page, core, 'en')
    await phone.pickUser(userAt(core, 2).openid)
    const guide = guideUrl(core)

    const linkReply = await phone.say('oauth')
    const link = phone.reply(linkReply).getByRole('link', { name: guide })
    // Still a real link (hover shows the address, Ctrl/⌘-click opens a system tab).
    await expect(link).toHaveAttribute('href', guide)
    await link.click()
    await browser.showing(guide)
    await expect(browser.title).toHaveText('网页授权示例 / OAuth demo')
    await browser.closeButton.click()
    await expect(browser.root).toHaveCount(0)
    await expect(link).toBeFocused()

    // The keyboard opens it too.
    await link.press('Enter')
    await browser.showing(guide)
    await expect(browser.closeButton).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(browser.root).toHaveCount(0)

    const news = await phone.say('图文')
    await phone.reply(news).getByRole('link').first().click()
    await browser.showing(guide)
    await browser.closeButton.click()

    // A template message's “Details”.
    const sent = await platformCall(core, '/cgi-bin/message/template/send', {
      touser: userAt(core, 2).openid,
      template_id: await firstTemplateId(core),
      url: guide,
      data: { first: { value: 'phone browser template' } },
    })
    expect(sent.errcode).toBe(0)
    const card = phone.bubbles('bot').filter({ hasText: 'phone browser template' })
    await card.getByRole('link', { name: /Details/ }).click()
    await browser.showing(guide)
    await browser.closeButton.click()
  })

  test('an address without http:// is refused with the fix; the corrected one opens', async ({
    page,
    core,
  }) => {
    const { app, browser } = await openApp(page, core, 'en')
    const guide = guideUrl(core)
    const bare = guide.replace(/^http:\/\//, '')

    await browser.openFromChat(bare)
    await expect(browser.error).toBeVisible()
    await expect(browser.title).toHaveText('Cannot open this page')
    await expect(page.getByTestId('phone-browser-request-error')).toHaveAttribute(
      'data-code',
      'invalid-input',
    )
    await expect(browser.errorHint).toContainText(`“${bare}” has no http:// or https://`)
    await app.screenshot('phone-browser-en-no-scheme')
    await app.language('zh')
    await expect(browser.errorHint).toContainText('开头没有 http:// 或 https://')
    // The address is offered again to correct.
    await expect(browser.addressInput).toHaveValue(bare)
    await browser.addressInput.fill(guide)
    await browser.addressInput.press('Enter')
    await browser.showing(guide)
    await expect(browser.error).toHaveCount(0)

    // From inside a page (··· → open another address), a failure keeps the page to go back to.
    await browser.openOther('ftp://127.0.0.1/file')
    await expect(browser.error).toBeVisible()
    await page.getByTestId('phone-browser-error-back').click()
    await expect(browser.error).toHaveCount(0)
    await expect(browser.root).toHaveAttribute('data-url', guide)
    await browser.closeButton.click()
  })

  test('a page a script sends to another site: the notice says what browser mode cannot catch', async ({
    page,
    core,
  }) => {
    const elsewhere = await startTinyServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      res.end('<!doctype html><title>Elsewhere</title><p>another site</p>')
    }, '/')
    const start = await startTinyServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      res.end(
        '<!doctype html><title>Start page</title>' +
          `<button id="go" onclick="location.href='${elsewhere.url}'">go</button>`,
      )
    }, '/')
    try {
      const { app, browser } = await openApp(page, core, 'en')
      await browser.openFromChat(start.url)
      await browser.showing(start.url)
      await expect(browser.title).toHaveText('Start page')
      await browser.frame.locator('#go').click()
      await expect(browser.leaving).toHaveAttribute('data-how', 'no-bridge')
      await expect(browser.leaving).toContainText('location.href')
      await expect(browser.leaving).toContainText('desktop app')
      await expect(browser.leaving).toContainText(`Last page mpsim saw: ${start.url}`)
      await app.screenshot('phone-browser-en-leaving')
      await app.language('zh')
      await expect(browser.leaving).toContainText('桌面应用')
      await app.screenshot('phone-browser-zh-leaving')
      // Back to the last page the phone browser saw.
      await page.getByTestId('phone-browser-leaving-return').click()
      await expect(browser.leaving).toHaveCount(0)
      await expect(browser.frame.locator('#go')).toBeVisible()
      await browser.closeButton.click()
    } finally {
      await start.close()
      await elsewhere.close()
    }
  })

  test('the page’s wx.config verdict shows in the phone, with the way into the inspector', async ({
    page,
    core,
  }) => {
    const { app, browser } = await openApp(page, core, 'en')
    const right = new URL('/jssdk', core.botUrl).href
    await browser.openFromChat(right)
    await browser.showing(right)
    await expect(browser.jssdk).toHaveAttribute('data-ok', 'true')
    await expect(browser.jssdk).toContainText('config: ok')

    const wrong = new URL('/jssdk/wrong', core.botUrl).href
    await browser.openOther(wrong)
    await browser.showing(wrong)
    await expect(browser.jssdk).toHaveAttribute('data-ok', 'false')
    await expect(browser.jssdk).toContainText('config failed: config:')
    await app.screenshot('phone-browser-en-jssdk-failed')
    await page.getByTestId('phone-browser-jssdk-inspect').click()
    await expect(page.getByTestId('inspector-detail')).toBeVisible()
  })

  test('keyboard: focus rings, the ··· sheet, Escape; no axe findings in light and dark', async ({
    page,
    core,
  }) => {
    const { browser } = await openApp(page, core, 'zh')
    const guide = guideUrl(core)
    // The chat's ··· by keyboard: the sheet takes focus, the address field is in it.
    await browser.chatMore.focus()
    await page.keyboard.press('Enter')
    await expect(browser.sheet).toBeVisible()
    await expect(browser.sheet.getByRole('dialog')).toHaveAccessibleName('在微信浏览器中打开网页')
    await expect(page.getByTestId('phone-browser-sample-guide')).toContainText(guide)
    await page.keyboard.press('Escape')
    await expect(browser.sheet).toHaveCount(0)
    await expect(browser.chatMore).toBeFocused()
    await page.keyboard.press('Enter')
    await page.getByTestId('phone-browser-sample-guide').press('Enter')
    await browser.showing(guide)

    // Focus is on ✕ with a visible ring; Tab reaches ···.
    await expect(browser.closeButton).toBeFocused()
    expect(await focusRing(browser.closeButton)).not.toBe('none')
    await page.keyboard.press('Tab')
    await expect(browser.more).toBeFocused()
    expect(await focusRing(browser.more)).not.toBe('none')
    await page.keyboard.press('Enter')
    await expect(browser.sheet).toBeVisible()
    await expect(page.getByTestId('phone-browser-copy')).toBeFocused()
    await expect(browser.address).toHaveText(guide)
    // Tab stays inside the sheet.
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('Tab')
    const inside = await browser.sheet.evaluate((sheet) => sheet.contains(document.activeElement))
    expect(inside).toBe(true)
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await expect(page.locator('body')).toHaveAttribute('data-weui-theme', scheme)
      expect(await chromeViolations(page)).toEqual([])
    }
    await page.keyboard.press('Escape')
    await expect(browser.more).toBeFocused()
    expect(await chromeViolations(page)).toEqual([])
    await page.emulateMedia({ colorScheme: 'light' })
    await browser.closeButton.click()
  })

  for (const size of LAPTOP_SIZES) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`screenshots ${size.width}×${size.height} ${scheme}: the consent and profile pages in the phone`, async ({
        page,
        core,
      }) => {
        await page.emulateMedia({ colorScheme: scheme })
        const { app, phone, browser } = await openApp(page, core, 'zh')
        await page.setViewportSize(size)
        await phone.ready()
        const user = userAt(core, 0)
        await phone.pickUser(user.openid)
        await browser.walkToConsent(guideUrl(core))
        for (const lang of ['zh', 'en'] as const) {
          await app.language(lang)
          await app.screenshot(`phone-browser-consent-${lang}-${scheme}-${size.width}`)
        }
        await browser.allowConsent(user.nickname)
        for (const lang of ['zh', 'en'] as const) {
          await app.language(lang)
          await app.screenshot(`phone-browser-profile-${lang}-${scheme}-${size.width}`)
        }
        // The address on demand, in the ··· sheet.
        await browser.more.click()
        await expect(browser.sheet).toBeVisible()
        await app.screenshot(`phone-browser-sheet-en-${scheme}-${size.width}`)
        await page.keyboard.press('Escape')
        await expect(browser.more).toBeFocused()
        await browser.closeButton.click()
      })
    }
  }
})
