/**
 * When the control API fails (page.route makes it), every panel says so in the UI language, offers
 * "Try again", and is never left spinning or blank; a panel that crashes shows "Reload panel" and
 * the rest of the app keeps working. Also: an empty server URL is refused in the form.
 */
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { AppPage } from './pages/app'
import { SettingsPage } from './pages/settings'

/** Makes one control API path fail as a network error until the returned function is called. */
async function breakApi(page: Page, path: string): Promise<() => Promise<void>> {
  const pattern = (url: URL) => url.pathname === path
  await page.route(pattern, (route) => route.abort('connectionrefused'))
  return () => page.unroute(pattern)
}

test.describe('Errors', () => {
  test('Settings: preferences that fail to load say why and load on Try again', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    await app.open(core.uiUrl)
    await app.language('zh')
    const heal = await breakApi(page, '/api/settings')
    await app.go('settings')
    const failed = page.getByTestId('settings-prefs-error')
    await expect(failed).toBeVisible()
    await expect(failed).toHaveAttribute('data-code', 'network')
    await expect(failed).toContainText('没有成功：mpsim 没有响应，它还在运行吗？')
    await app.screenshot('errors-settings-prefs-zh')
    await heal()
    await page.getByTestId('settings-prefs-error-retry').click()
    await expect(page.getByTestId('settings-ports')).toBeVisible()
    await expect(failed).toHaveCount(0)
  })

  test('Settings: Verify URL and Reset key end in a worded failure, never stuck running', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    const settings = new SettingsPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await app.go('settings')

    const healVerify = await breakApi(page, '/api/verify')
    await settings.verify.click()
    const verifyError = page.getByTestId('settings-verify-error')
    await expect(verifyError).toContainText('Did not work: mpsim did not answer.')
    await expect(settings.verify).toBeEnabled()
    await expect(settings.verify).toHaveText('Verify URL')
    await healVerify()
    await page.getByTestId('settings-verify-error-retry').click()
    await expect(settings.verifyResult).toHaveAttribute('data-ok', /true|false/)

    const before = await settings.field('encodingAesKey').inputValue()
    const healRotate = await breakApi(page, '/api/accounts/rotate-key')
    await settings.rotateKey.click()
    await expect(page.getByTestId('settings-rotate-error')).toContainText('mpsim did not answer')
    await expect(settings.rotateKey).toBeEnabled()
    await expect(settings.field('encodingAesKey')).toHaveValue(before)
    await app.screenshot('errors-settings-rotate-en')
    await healRotate()
  })

  test('Settings: an empty server URL is refused with the reason', async ({ page, core }) => {
    const app = new AppPage(page)
    const settings = new SettingsPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await app.go('settings')
    await settings.edit('botUrl', '')
    await settings.save.click()
    await expect(settings.notSaved).toBeVisible()
    await expect(settings.error('botUrl')).toHaveText(
      'It is empty. The server URL must start with http:// or https://.',
    )
    await app.language('zh')
    await expect(settings.error('botUrl')).toContainText('当前为空。')
    await settings.undo.click()
  })

  test('Chat: a send that cannot reach mpsim says so in the UI language, on the phone and in the composer', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    await app.open(core.uiUrl)
    await app.language('zh')
    await expect(page.getByTestId('phone')).toHaveAttribute('data-loaded', 'true')
    const heal = await breakApi(page, '/api/push')
    await page.getByTestId('phone-input').fill('断网')
    await page.getByTestId('phone-send').click()
    await expect(page.getByTestId('phone-send-error')).toContainText(
      '未发送：mpsim 没有响应，它还在运行吗？',
    )
    // The words were not sent: they are back in the input, to send again.
    await expect(page.getByTestId('phone-input')).toHaveValue('断网')
    await page.getByTestId('composer-send').click()
    const result = page.getByTestId('composer-result')
    await expect(result).toHaveAttribute('data-outcome', 'not-sent')
    await expect(result).toContainText('未发送：mpsim 没有响应，它还在运行吗？')
    await app.language('en')
    await expect(result).toContainText('Not sent: mpsim did not answer. Is it still running?')
    await app.screenshot('errors-chat-send-en')
    await heal()
  })

  test('a crashed panel shows Reload panel; the rest of the app keeps working', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    // The renderer's test switch (components/PanelBoundary): Settings throws while rendering.
    const crashSettings = (on: boolean) =>
      page.evaluate(
        (on) =>
          on
            ? sessionStorage.setItem('mpsim.test.crashPanel', 'settings')
            : sessionStorage.removeItem('mpsim.test.crashPanel'),
        on,
      )
    await crashSettings(true)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await app.go('settings')
    const crash = page.getByTestId('panel-crash-settings')
    await expect(crash).toBeVisible()
    await expect(crash).toContainText('This panel stopped working')
    await app.screenshot('errors-panel-crash-en')

    // The sidebar and the other panels still work.
    await app.go('chat')
    await expect(page.getByTestId('phone')).toHaveAttribute('data-loaded', 'true')
    await app.go('settings')
    await expect(crash).toBeVisible()
    await app.language('zh')
    await expect(crash).toContainText('这个面板出错了')

    await crashSettings(false)
    await page.getByTestId('panel-crash-reload').click()
    await expect(page.getByTestId('settings-ports')).toBeVisible()
    expect(errors, 'uncaught page errors').toEqual([])
  })
})

test('without a token, the boot page shows this page’s own address to open', async ({
  page,
  core,
}) => {
  const origin = new URL(core.uiUrl).origin
  await page.goto(`${origin}/`)
  await expect(page.getByTestId('boot-error')).toHaveAttribute('data-reason', 'no-token')
  await expect(page.getByTestId('boot-error')).toContainText(`${origin}/#token=…`)
})
