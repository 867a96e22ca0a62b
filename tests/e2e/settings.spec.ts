/**
 * Settings: WeChat's rules with messages that say what is wrong and how to fix it, in both
 * languages; a valid edit saved (and put back: the core is shared by every test of the worker);
 * unsaved edits kept across panels; the key rotation; Verify URL; language, theme, workspace.
 */
import { VERIFY_TEXT } from '../../src/shared/explain/verify-problems'
import { test, expect } from './fixtures'
import { AppPage, InspectorPage } from './pages/app'
import { SettingsPage } from './pages/settings'

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
    const before = JSON.stringify(core.workspace.directory.listAccounts())
    await settings.edit('appId', 'wx123')
    await settings.edit('token', 'my token!')
    await settings.edit('encodingAesKey', 'a'.repeat(42))
    await settings.edit('callbackDomain', 'http://example.com')
    await settings.save.click()

    await expect(settings.notSaved).toBeVisible()
    await expect(settings.error('appId')).toHaveText(
      'It has 5 characters, not 18. AppID is “wx” followed by 16 lowercase hex characters (18 in all), e.g. wx1234567890abcdef.',
    )
    await expect(settings.error('token')).toContainText('It contains a space.')
    await expect(settings.error('token')).toContainText('3 to 32 letters or digits')
    await expect(settings.error('encodingAesKey')).toContainText('It has 42 characters, not 43.')
    await expect(settings.error('callbackDomain')).toContainText(
      'Remove “http://”: enter just example.com.',
    )
    // Fields without a problem carry no message; the first refused field has the focus.
    await expect(settings.error('originalId')).toHaveCount(0)
    await expect(settings.field('appId')).toBeFocused()
    await expect(settings.field('appId')).toHaveAttribute('aria-invalid', 'true')
    await app.screenshot('settings-en')

    // The same errors, re-worded by the language switch.
    await app.language('zh')
    await expect(settings.error('appId')).toHaveText(
      '当前 5 位，应为 18 位。AppID 应为 wx 开头加 16 位小写十六进制字符（共 18 位），例如 wx1234567890abcdef。',
    )
    await expect(settings.error('token')).toContainText('当前含有空格。')
    await expect(settings.error('encodingAesKey')).toContainText('当前 42 位，应为 43 位。')
    await expect(settings.error('callbackDomain')).toContainText(
      '请去掉“http://”，只填 example.com。',
    )
    await expect(settings.notSaved).toHaveText('未保存：请修正标红的字段。')
    await app.screenshot('settings-zh')

    // A path is the other classic mistake; fixing a value clears its message at once.
    await settings.field('callbackDomain').fill('example.com/oauth')
    await expect(settings.error('callbackDomain')).toContainText('请去掉路径，只填 example.com。')
    await settings.field('callbackDomain').fill('example.com')
    await expect(settings.error('callbackDomain')).toHaveCount(0)

    // Nothing reached the workspace; Undo puts the stored values back.
    expect(JSON.stringify(core.workspace.directory.listAccounts())).toBe(before)
    await settings.undo.click()
    await expect(settings.unsaved).toHaveCount(0)
    await expect(settings.error('appId')).toHaveCount(0)
  })

  test('a valid edit is saved with Enter; unsaved edits survive a panel switch', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    const settings = new SettingsPage(page)
    const original = core.workspace.directory.listAccounts()[0]!
    await app.open(core.uiUrl)
    await app.language('en')
    await app.go('settings')
    try {
      await settings.edit('name', '我的测试号')
      await expect(settings.navUnsaved).toBeVisible()
      await app.go('chat')
      await app.go('settings')
      await expect(settings.field('name')).toHaveValue('我的测试号')

      // Keyboard: Enter in a field submits the form, as on the admin page.
      await settings.field('name').press('Enter')
      await expect(settings.saved).toBeVisible()
      await expect(settings.navUnsaved).toHaveCount(0)
      expect(core.workspace.directory.listAccounts()[0]!.name).toBe('我的测试号')
      expect(core.workspace.directory.listAccounts()[0]!.token).toBe(original.token)
    } finally {
      // The sample bot keeps the original credentials: put them back for the other tests.
      core.workspace.directory.putAccount(original)
    }
  })

  test('Generate makes a 43-character key; Reset keeps the old one as the previous key', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    const settings = new SettingsPage(page)
    const original = core.workspace.directory.listAccounts()[0]!
    await app.open(core.uiUrl)
    await app.language('en')
    await app.go('settings')
    try {
      await settings.generateKey.click()
      await expect(settings.field('encodingAesKey')).toHaveValue(/^[A-Za-z0-9]{43}$/)
      await expect(settings.field('encodingAesKey')).not.toHaveValue(original.encodingAesKey)
      // Reset changes the stored account, so it waits for the edit to be saved or undone.
      await expect(settings.rotateKey).toBeDisabled()
      await settings.undo.click()

      await settings.rotateKey.click()
      await expect(settings.previousKey).toHaveText(original.encodingAesKey)
      const rotated = core.workspace.directory.listAccounts()[0]!
      expect(rotated.previousEncodingAesKey).toBe(original.encodingAesKey)
      expect(rotated.encodingAesKey).toMatch(/^[A-Za-z0-9]{43}$/)
      expect(rotated.encodingAesKey).not.toBe(original.encodingAesKey)
      await expect(settings.field('encodingAesKey')).toHaveValue(rotated.encodingAesKey)
    } finally {
      core.workspace.directory.putAccount(original)
    }
  })

  test('Verify URL passes against the sample bot and explains a failure', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    const settings = new SettingsPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await app.go('settings')
    await settings.verify.click()
    await expect(settings.verifyResult).toHaveAttribute('data-ok', 'true')
    await expect(settings.verifyResult).toHaveAttribute('data-code', 'passed')

    await settings.field('botUrl').fill('http://127.0.0.1:9/wechat')
    await settings.verify.click()
    await expect(settings.verifyResult).toHaveAttribute('data-ok', 'false')
    await expect(settings.verifyResult).toHaveAttribute('data-code', 'connection-refused')
    const words = VERIFY_TEXT['connection-refused'].en
    await expect(settings.verifyResult).toContainText(words.title)
    await expect(settings.verifyResult).toContainText(words.fix)
    await settings.verifyResult.scrollIntoViewIfNeeded()
    await app.screenshot('settings-en-verify-failed')
    // Not saved by verifying: the stored bot URL is still the sample bot's.
    expect(core.workspace.directory.listAccounts()[0]!.botUrl).toBe(core.botUrl)

    // The failed handshake is an exchange the inspector opens.
    await settings.verifyInspect.click()
    const inspector = new InspectorPage(page)
    await expect(inspector.detail).toBeVisible()
    await expect(inspector.detail).toContainText('127.0.0.1:9')
    await expect(app.id('inspector-verdict')).toHaveAttribute('data-outcome', 'failed')
  })

  test('a new account is created with valid credentials and can be picked', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    const settings = new SettingsPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await app.go('settings')
    const before = core.workspace.directory.listAccounts().length
    await settings.addAccount.click()
    await expect(settings.accountPick).toBeVisible()
    const accounts = core.workspace.directory.listAccounts()
    expect(accounts).toHaveLength(before + 1)
    const created = accounts.at(-1)!
    expect(created.appId).toMatch(/^wx[0-9a-f]{16}$/)
    await expect(settings.field('appId')).toHaveValue(created.appId)
    // Back to the first account, so the other tests chat with the sample bot's account.
    await settings.accountPick.selectOption(accounts[0]!.id)
    await expect(settings.field('appId')).toHaveValue(accounts[0]!.appId)
  })

  test('the language setting switches the UI and is saved in the workspace', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    const settings = new SettingsPage(page)
    const before = core.workspace.settings.language
    await app.open(core.uiUrl)
    await app.language('en')
    await app.go('settings')
    try {
      await settings.language.selectOption('zh-CN')
      await expect(settings.title).toHaveText('设置')
      await expect(settings.documentRoot()).toHaveAttribute('lang', 'zh-CN')
      await expect.poll(() => core.workspace.settings.language).toBe('zh-CN')
      await settings.language.selectOption('en')
      await expect(settings.title).toHaveText('Settings')
      await expect.poll(() => core.workspace.settings.language).toBe('en')
    } finally {
      await core.workspace.updateSettings({ language: before })
    }
  })

  test('the theme follows the system, a dark choice survives a reload, focus shows', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    const settings = new SettingsPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await app.go('settings')
    // "System" (the default) follows the OS live.
    await expect(settings.theme).toHaveValue('auto')
    await settings.systemScheme('dark')
    await expect(settings.appliedTheme()).toHaveAttribute('data-weui-theme', 'dark')
    await settings.systemScheme('light')
    await expect(settings.appliedTheme()).toHaveAttribute('data-weui-theme', 'light')

    await settings.theme.selectOption('dark')
    await expect(settings.appliedTheme()).toHaveAttribute('data-weui-theme', 'dark')
    await expect(settings.documentRoot()).toHaveAttribute('data-theme', 'dark')
    await expect(settings.topBarTheme).toHaveValue('dark')
    await app.screenshot('settings-dark-en')
    await settings.screenshotFull('settings-dark-en-full')

    await page.reload()
    await expect(app.id('app')).toHaveAttribute('data-app-state', 'ready')
    await expect(settings.appliedTheme()).toHaveAttribute('data-weui-theme', 'dark')
    await app.go('crypto-lab')
    await app.screenshot('crypto-lab-dark-en')
    // The other panels in dark, for review.
    await app.go('chat')
    await app.screenshot('settings-en-dark-chat')
    await app.go('inspector')
    await app.screenshot('settings-en-dark-inspector')

    // Keyboard users see where they are: a ring on the focused control.
    await settings.topBarTheme.focus()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    expect(await settings.focusRing(settings.topBarTheme)).not.toBe('none')

    await settings.topBarTheme.selectOption('light')
    await expect(settings.appliedTheme()).toHaveAttribute('data-weui-theme', 'light')
  })

  test('the workspace folder is shown and Save writes it now', async ({ page, core }) => {
    const app = new AppPage(page)
    const settings = new SettingsPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await app.go('settings')
    await expect(settings.workspaceDir).toHaveText(core.workspace.dir)
    await settings.workspaceSave.click()
    await expect(settings.workspaceMessage).toHaveText('Everything is on disk.')
  })
})
