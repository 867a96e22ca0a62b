/**
 * Settings: WeChat's rules with messages that say how to fix, in both languages; a valid edit
 * saved (and put back: the core is shared); the key rotation; Verify URL; language and theme.
 */
import { test, expect } from './fixtures'
import { AppPage, SettingsPage } from './pages/app'

test.describe('Settings', () => {
  test('invalid values are refused with WeChat’s rules, in English and Chinese', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    const settings = new SettingsPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await app.go('settings')
    const before = JSON.stringify(core.workspace.directory.listAccounts()[0])
    await settings.field('appId').fill('wx123')
    await settings.field('token').fill('my token!')
    await settings.field('encodingAesKey').fill('a'.repeat(42))
    await settings.field('callbackDomain').fill('http://example.com')
    await settings.save.click()
    await expect(settings.error('appId')).toContainText('16 lowercase hex')
    await expect(settings.error('token')).toContainText('3 to 32 letters or digits')
    await expect(settings.error('encodingAesKey')).toContainText('exactly 43')
    await expect(settings.error('callbackDomain')).toContainText('no http://')
    await app.screenshot('settings-en')
    await app.language('zh')
    await expect(settings.error('appId')).toContainText('wx 开头')
    await expect(settings.error('callbackDomain')).toContainText('不要加 http://')
    await app.screenshot('settings-zh')
    // Nothing was saved.
    expect(JSON.stringify(core.workspace.directory.listAccounts()[0])).toBe(before)
  })

  test('a valid edit is saved; the key rotation keeps the old key', async ({ page, core }) => {
    const app = new AppPage(page)
    const settings = new SettingsPage(page)
    const original = core.workspace.directory.listAccounts()[0]!
    await app.open(core.uiUrl)
    await app.language('en')
    await app.go('settings')
    try {
      await settings.field('name').fill('我的测试号')
      await settings.save.click()
      await expect(settings.saved).toBeVisible()
      expect(core.workspace.directory.listAccounts()[0]!.name).toBe('我的测试号')

      await page.getByTestId('settings-rotate-key').click()
      await expect(page.getByTestId('settings-previous-key')).toHaveText(original.encodingAesKey)
      const rotated = core.workspace.directory.listAccounts()[0]!
      expect(rotated.previousEncodingAesKey).toBe(original.encodingAesKey)
      expect(rotated.encodingAesKey).toMatch(/^[A-Za-z0-9]{43}$/)
      expect(rotated.encodingAesKey).not.toBe(original.encodingAesKey)
    } finally {
      // The sample bot keeps the original credentials: put them back for the other tests.
      core.workspace.directory.putAccount(original)
    }
  })

  test('Verify URL runs the handshake and explains a failure', async ({ page, core }) => {
    const app = new AppPage(page)
    const settings = new SettingsPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await app.go('settings')
    await settings.verify.click()
    await expect(settings.verifyResult).toHaveAttribute('data-ok', 'true')
    await settings.field('botUrl').fill('http://127.0.0.1:9/wechat')
    await settings.verify.click()
    await expect(settings.verifyResult).toHaveAttribute('data-ok', 'false')
    await expect(settings.verifyResult).toHaveAttribute('data-code', 'connection-refused')
    // The failed handshake is an exchange the inspector can open.
    await settings.verifyResult.getByRole('button').click()
    await expect(page.getByTestId('inspector-detail')).toBeVisible()
    await expect(page.getByTestId('inspector-verdict')).toHaveAttribute('data-outcome', 'failed')
  })

  test('a new account is created with valid credentials and can be picked', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await app.go('settings')
    const before = core.workspace.directory.listAccounts().length
    await page.getByTestId('settings-add-account').click()
    await expect(page.getByTestId('settings-account-pick')).toBeVisible()
    const accounts = core.workspace.directory.listAccounts()
    expect(accounts).toHaveLength(before + 1)
    const created = accounts.at(-1)!
    expect(created.appId).toMatch(/^wx[0-9a-f]{16}$/)
    await expect(page.getByTestId('settings-account-appId')).toHaveValue(created.appId)
    // Back to the first account, so the other tests chat with the sample bot's account.
    await page.getByTestId('settings-account-pick').selectOption(accounts[0]!.id)
    await expect(page.getByTestId('settings-account-appId')).toHaveValue(accounts[0]!.appId)
  })

  test('the dark theme applies and survives a reload', async ({ page, core }) => {
    const app = new AppPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await app.go('settings')
    await page.getByTestId('settings-theme').selectOption('dark')
    await expect(page.locator('body')).toHaveAttribute('data-weui-theme', 'dark')
    await app.screenshot('settings-dark-en')
    await page.reload()
    await expect(page.getByTestId('app')).toHaveAttribute('data-app-state', 'ready')
    await expect(page.locator('body')).toHaveAttribute('data-weui-theme', 'dark')
    await app.go('crypto-lab')
    await app.screenshot('crypto-lab-dark-en')
    await page.getByTestId('theme-toggle').selectOption('light')
    await expect(page.locator('body')).toHaveAttribute('data-weui-theme', 'light')
  })
})
