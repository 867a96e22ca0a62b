/**
 * The OAuth flow stepper (features/oauth) in browser mode: Start walks the sample bot's whole
 * authorization in the phone's WeChat browser and the five steps fill in from the recorded hops;
 * each classic mistake is reproduced in one click with its explanation; the walk exports as
 * Markdown; screenshots in both languages and themes for review.
 */
import { AxeBuilder } from '@axe-core/playwright'
import { readFile } from 'node:fs/promises'
import { test, expect } from './fixtures'
import type { Page } from '@playwright/test'
import type { RunningCore } from '../../src/core/start-core'
import { AppPage } from './pages/app'
import { OauthPage } from './pages/oauth'
import { seriousViolations } from './support/axe'

/** The app opened in English on the OAuth panel. */
async function openStepper(page: Page, core: RunningCore) {
  const app = new AppPage(page)
  await app.open(core.uiUrl, 'en')
  const oauth = new OauthPage(page)
  await oauth.open()
  return { app, oauth }
}

test.describe('OAuth stepper', () => {
  test('Start walks the whole authorization, every step filled', async ({ page, core }) => {
    const { oauth } = await openStepper(page, core)
    await expect(oauth.start).toHaveText(/^Start/)
    await oauth.start.click()
    await oauth.expectStep(1, /done|warning/)
    await oauth.expectStep(2, 'user')
    await oauth.consent('allow')
    await oauth.expectStep(2, 'done')
    await oauth.expectStep(3, 'done')
    await oauth.expectStep(5, 'done')
    const nickname = core.workspace.directory.listUsers(core.engine.account().id)[0]?.nickname ?? ''
    await expect(oauth.phone.locator('body')).toContainText(nickname)
    await page.screenshot({ path: 'artifacts/screenshots/oauth-walk-en.png', fullPage: true })
    // The walk holds an snsapi_userinfo token: 42001 and its refresh need no new consent.
    const walkId = await oauth.walk.getAttribute('data-walk-id')
    await oauth.reproduce('token-expired')
    await oauth.expectReproduced('token-expired')
    await expect(oauth.walk).toHaveAttribute('data-walk-id', walkId ?? '')
    await expect(oauth.calls(5, 42001)).toHaveCount(1)
    await expect(oauth.calls(4, 0)).toHaveCount(1)
    await expect(oauth.calls(5, 0)).toHaveCount(2)
  })

  test('play the bot: the URL by hand, checked live, then each call for real', async ({
    page,
    core,
  }) => {
    const { oauth } = await openStepper(page, core)
    await oauth.mode('play').click()
    await expect(oauth.mode('play')).toHaveAttribute('aria-pressed', 'true')
    // Before and after urlencoding, and the URL the core built, #wechat_redirect at the end.
    const redirect = await page.getByTestId('oauth-play-redirect-uri').inputValue()
    await expect(page.getByTestId('oauth-play-before')).toHaveText(redirect)
    await expect(page.getByTestId('oauth-play-after')).toHaveText(encodeURIComponent(redirect))
    await expect(page.getByTestId('oauth-play-url')).toHaveText(/#wechat_redirect$/)
    await expect(page.getByTestId('oauth-checks')).toHaveAttribute('data-refused', 'false')
    // The classic mistakes, switched on: the checks react.
    await page.getByTestId('oauth-play-encode').uncheck()
    await expect(page.getByTestId('oauth-check-encoded')).toHaveAttribute(
      'data-verdict',
      /warn|error/,
    )
    await page.getByTestId('oauth-play-encode').check()
    await page.getByTestId('oauth-play-fragment').uncheck()
    await expect(page.getByTestId('oauth-check-fragment')).toHaveAttribute('data-verdict', 'error')
    await page.getByTestId('oauth-play-fragment').check()
    await page.getByTestId('oauth-play-state').fill('a&b')
    await expect(page.getByTestId('oauth-check-state')).toHaveAttribute('data-verdict', 'warn')
    await page.getByTestId('oauth-play-new-state').click()
    await page
      .getByTestId('oauth-play-callback-domain')
      .fill(`http://${new URL(core.botUrl ?? '').host}/`)
    await expect(page.getByTestId('oauth-check-domain')).toHaveAttribute('data-verdict', 'error')
    await page.getByTestId('oauth-play-callback-domain').fill('')
    await expect(page.getByTestId('oauth-checks')).toHaveAttribute('data-refused', 'false')

    await page.getByTestId('oauth-play-open').click()
    await oauth.consent('allow')
    await expect(page.getByTestId('oauth-play-code')).toBeVisible()
    await page.getByTestId('oauth-play-send-3').click()
    await expect(oauth.calls(3, 0)).toHaveCount(1)
    await expect(oauth.calls(3, 0)).toHaveAttribute('data-author', 'you')
    await page.getByTestId('oauth-play-send-5').click()
    await expect(oauth.calls(5, 0)).toHaveCount(1)
    const nickname = core.workspace.directory.listUsers(core.engine.account().id)[0]?.nickname ?? ''
    await expect(page.getByTestId('oauth-profile')).toContainText(nickname)
    await page.getByTestId('oauth-play-send-4').click()
    await expect(oauth.calls(4, 0)).toHaveCount(1)
    // The same code again, by hand: 40163.
    await page.getByTestId('oauth-play-send-3').click()
    await expect(oauth.calls(3, 40163)).toHaveCount(1)
  })

  test('a walk opened from the inspector is the walk shown', async ({ page, core }) => {
    const { app, oauth } = await openStepper(page, core)
    await oauth.walkThrough()
    const first = (await oauth.walk.getAttribute('data-walk-id')) ?? ''
    const hop = oauth.step(1).locator('[data-testid="oauth-exchange"][data-kind="page"]').first()
    const hopId = (await hop.getAttribute('data-exchange-id')) ?? ''
    await oauth.reproduce('domain-mismatch')
    await oauth.expectReproduced('domain-mismatch')
    await expect(oauth.walk).not.toHaveAttribute('data-walk-id', first)
    await app.go('inspector')
    await page.locator(`[data-testid="inspector-row"][data-exchange-id="${hopId}"]`).click()
    await page.getByTestId('inspector-flow-stepper').click()
    await expect(oauth.walk).toHaveAttribute('data-walk-id', first)
    await expect(oauth.walk).toContainText('inspector')
    await oauth.expectStep(5, 'done')
    // Any recorded walk can be picked.
    const second = await page
      .getByTestId('oauth-walk-pick')
      .locator('option')
      .filter({ hasNotText: '/oauth/start' })
      .first()
      .getAttribute('value')
    await page.getByTestId('oauth-walk-pick').selectOption(second ?? '')
    await expect(oauth.walk).toHaveAttribute('data-walk-id', second ?? '')
    await oauth.expectStep(1, 'failed')
  })

  test('the walk exports as Markdown naming the steps, and as HTML', async ({ page, core }) => {
    const { oauth } = await openStepper(page, core)
    await oauth.walkThrough()
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('oauth-export-markdown').click(),
    ])
    expect(markdown.suggestedFilename()).toMatch(/^mpsim-oauth-walk-.+\.md$/)
    const text = await readFile((await markdown.path()) ?? '', 'utf8')
    for (const title of [
      '1. The authorize URL',
      '2. Consent, and the code back at redirect',
      '3. code → access',
      '4. Refresh the access',
      '5. userinfo',
    ]) {
      expect(text).toContain(title)
    }
    expect(text).toContain('/sns/oauth2/access_token')
    const [html] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('oauth-export-html').click(),
    ])
    const page2 = await readFile((await html.path()) ?? '', 'utf8')
    expect(page2).toMatch(/^<!doctype html>/)
    expect(page2).toContain('/sns/userinfo')
  })
})

test.describe('OAuth stepper: the classic mistakes, one click each', () => {
  test.beforeEach(async ({ page, core }) => {
    await openStepper(page, core)
  })

  test('the code used twice: the repeated callback and 40163, with connect_redirect explained', async ({
    page,
  }) => {
    const oauth = new OauthPage(page)
    await oauth.reproduce('code-reused')
    await oauth.expectReproduced('code-reused')
    await expect(oauth.result).toHaveAttribute('data-errcode', '40163')
    await expect(oauth.result).toContainText('connect_redirect=1')
    await expect(page.getByTestId('oauth-mistake-errcode')).toContainText('40163')
    // The walk's step 3 shows both exchanges of the same code.
    await expect(oauth.calls(3, 40163)).toHaveCount(1)
    await expect(oauth.calls(3, 0)).toHaveCount(1)
    // The phone browser sent the callback twice: the bot itself traded the code again.
    await expect(oauth.step(2).locator('[data-note^="callback-repeated"]').first()).toBeAttached()
    await oauth.result.screenshot({ path: 'artifacts/screenshots/oauth-mistake-40163-en.png' })
  })

  test('a code past its 5 minutes: 42003 after the clock moved', async ({ page }) => {
    const oauth = new OauthPage(page)
    const before = Number(await oauth.clockNow.getAttribute('data-now-ms'))
    await oauth.reproduce('code-expired')
    await oauth.expectReproduced('code-expired')
    await expect(oauth.result).toHaveAttribute('data-errcode', '42003')
    const after = Number(await oauth.clockNow.getAttribute('data-now-ms'))
    expect(after - before).toBeGreaterThanOrEqual(5 * 60 * 1000)
    await expect(oauth.calls(3, 42003)).toHaveCount(1)
  })

  test('redirect_uri outside the domain: WeChat’s 10003 page in the phone', async ({ page }) => {
    const oauth = new OauthPage(page)
    await oauth.reproduce('domain-mismatch')
    await oauth.expectReproduced('domain-mismatch')
    await expect(oauth.result).toHaveAttribute('data-errcode', '10003')
    await expect(oauth.phone.getByTestId('oauth-error-code')).toHaveText('10003')
    await expect(oauth.step(1)).toHaveAttribute('data-status', 'failed')
    await expect(
      oauth.step(1).locator('[data-finding="redirect-uri-domain-mismatch"]').first(),
    ).toBeVisible()
  })

  test('snsapi_base then userinfo: 48001', async ({ page }) => {
    const oauth = new OauthPage(page)
    await oauth.reproduce('base-then-userinfo')
    await oauth.expectReproduced('base-then-userinfo')
    await expect(oauth.result).toHaveAttribute('data-errcode', '48001')
    await expect(oauth.calls(5, 48001)).toHaveCount(1)
  })

  test('an expired access_token: 42001, then the refresh fixes it', async ({ page, core }) => {
    const oauth = new OauthPage(page)
    await oauth.reproduce('token-expired')
    // Without an snsapi_userinfo token on the walk shown, the user consents first.
    await oauth.consentIfAsked('allow')
    await oauth.expectReproduced('token-expired')
    await expect(oauth.result).toHaveAttribute('data-errcode', '42001')
    const nickname = core.workspace.directory.listUsers(core.engine.account().id)[0]?.nickname ?? ''
    await expect(oauth.result).toContainText(nickname)
    await expect(oauth.step(4)).toHaveAttribute('data-status', 'done')
    await expect(oauth.calls(5, 42001)).toHaveCount(1)
  })

  test('the user refuses: state and no code, explained', async ({ page }) => {
    const oauth = new OauthPage(page)
    await oauth.reproduce('refused')
    await expect(page.getByTestId('oauth-mistake-prompt')).toContainText('Deny')
    await oauth.consent('deny')
    await oauth.expectReproduced('refused')
    await expect(oauth.step(2)).toHaveAttribute('data-status', 'refused')
    await expect(page.getByTestId('oauth-refusal-explained')).toBeVisible()
    await expect(oauth.phone.locator('body')).toContainText('You declined')
  })

  test('the trailing-slash trap: the 301 hop, nsukey, documented vs observed', async ({ page }) => {
    const oauth = new OauthPage(page)
    await oauth.reproduce('trailing-slash')
    await oauth.expectReproduced('trailing-slash')
    await expect(page.getByTestId('oauth-documented')).toBeVisible()
    await expect(page.getByTestId('oauth-observed')).toContainText('nsukey')
    await expect(page.getByTestId('oauth-nsukey')).toContainText('nsukey=')
    await expect(oauth.step(2).getByTestId('oauth-callback-hop')).toHaveCount(2)
    await oauth.result.screenshot({ path: 'artifacts/screenshots/oauth-mistake-slash-en.png' })
    await oauth
      .step(2)
      .screenshot({ path: 'artifacts/screenshots/oauth-mistake-slash-step2-en.png' })
  })
})

test.describe('OAuth stepper: screenshots for review', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`zh and en, ${scheme}, 1440×900 and 1024×700: Start is on screen and the walk reads`, async ({
      page,
      core,
    }) => {
      const app = new AppPage(page)
      await page.emulateMedia({ colorScheme: scheme })
      await app.open(core.uiUrl)
      const oauth = new OauthPage(page)
      for (const lang of ['zh', 'en'] as const) {
        await app.language(lang)
        await oauth.open()
        await page.setViewportSize({ width: 1024, height: 700 })
        await expect(oauth.start).toHaveText(lang === 'zh' ? /^开始/ : /^Start/)
        // The one button a newcomer needs is on screen without scrolling.
        await expect(oauth.start).toBeInViewport({ ratio: 1 })
        await app.screenshot(`oauth-start-${lang}-${scheme}-1024`)
        await oauth.walkThrough()
        for (const size of [
          { width: 1440, height: 900 },
          { width: 1024, height: 700 },
        ]) {
          await page.setViewportSize(size)
          await oauth.step(1).evaluate((el) => el.scrollIntoView({ block: 'start' }))
          await app.screenshot(`oauth-steps-${lang}-${scheme}-${size.width}`)
        }
        await page.setViewportSize({ width: 1440, height: 900 })
        // The rest of the walk, a screen at a time (the page scrolls inside the app's main area).
        for (const n of [2, 4] as const) {
          await oauth.step(n).evaluate((el) => el.scrollIntoView({ block: 'start' }))
          await app.screenshot(`oauth-steps-${n}-${lang}-${scheme}-1440`)
        }
        await oauth.reproduce('code-expired')
        await oauth.expectReproduced('code-expired')
        await oauth.result.scrollIntoViewIfNeeded()
        await app.screenshot(`oauth-mistake-${lang}-${scheme}-1440`)
        // Accessible with a whole walk and a result on screen (the bot's page in the phone is not
        // the stepper's to judge).
        expect(
          await seriousViolations(new AxeBuilder({ page }).include('.oauth-panel__stepper')),
        ).toEqual([])
        await oauth.mode('play').click()
        await oauth.step(1).evaluate((el) => el.scrollIntoView({ block: 'start' }))
        await app.screenshot(`oauth-play-${lang}-${scheme}-1440`)
        await oauth.mode('follow').click()
      }
    })
  }
})
