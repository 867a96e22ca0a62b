/**
 * Workspace problems are said at once: a core started on a folder whose accounts.json is garbage
 * (and whose settings.json breaks its schema) shows a banner on boot, on the panel the app opens
 * on, in English and Chinese, with the schema issues behind "Details", a way to Settings'
 * workspace section and a dismiss button reached by keyboard. This spec starts its own core on
 * its own folder; the worker's shared core is never touched.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startCore } from '../../src/core/start-core'
import type { RunningCore } from '../../src/core/start-core'
import { test, expect } from './fixtures'
import { AppPage } from './pages/app'
import { WorkspaceBannerPage } from './pages/workspace-banner'

const RENDERER_DIR =
  process.env['MPSIM_RENDERER_DIR'] ?? fileURLToPath(new URL('../../out/renderer', import.meta.url))

const WIDE = { width: 1440, height: 900 }
const NARROW = { width: 1024, height: 700 }

function coreOn(workspaceDir: string, rendererDir?: string): Promise<RunningCore> {
  return startCore({
    host: 'node',
    version: 'e2e',
    controlPort: 0,
    platformPort: 0,
    botPort: 0,
    workspaceDir,
    ...(rendererDir === undefined ? {} : { rendererDir }),
  })
}

/**
 * A workspace a first core wrote (an account, its three users), then damaged while stopped:
 * accounts.json overwritten with garbage, settings.json with values its schema refuses.
 */
async function damagedWorkspace(): Promise<{ dir: string; lostAccount: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'mpsim-e2e-bad-ws-'))
  const first = await coreOn(dir)
  const lostAccount = first.workspace.directory.listAccounts()[0]!.id
  await first.stop()
  await writeFile(join(dir, 'accounts.json'), '{"version":1,"accounts":[{"id":"acc-1", garbage')
  const settings = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as {
    push: Record<string, unknown>
  } & Record<string, unknown>
  const broken = { ...settings, defaultMode: 'secret', push: { ...settings.push, attempts: 0 } }
  await writeFile(join(dir, 'settings.json'), JSON.stringify(broken, null, 2))
  return { dir, lostAccount }
}

test.describe('Workspace problems at start', () => {
  let dir = ''
  let lostAccount = ''
  let core: RunningCore

  test.beforeAll(async () => {
    ;({ dir, lostAccount } = await damagedWorkspace())
    core = await coreOn(dir, RENDERER_DIR)
  })

  test.afterAll(async () => {
    await core.stop()
    await rm(dir, { recursive: true, force: true })
  })

  test('a banner says at once, in English and Chinese, what was moved aside and what is used', async ({
    page,
  }) => {
    const app = new AppPage(page)
    const banner = new WorkspaceBannerPage(page)
    const problems = core.workspace.problems
    expect(problems.map((p) => p.code)).toEqual([
      'invalid-file',
      'corrupt-file',
      'reattached-users',
    ])
    const accountsCopy = problems.find((p) => p.file === 'accounts.json')!.movedTo!
    const settingsCopy = problems.find((p) => p.file === 'settings.json')!.movedTo!
    const newAccount = core.workspace.directory.listAccounts()[0]!

    await app.open(core.uiUrl)
    await app.language('en')
    // On the panel the app opens on, without going anywhere.
    await expect(app.id('panel-chat')).toBeVisible()
    await expect(banner.banner).toBeVisible()
    await expect(banner.region).toHaveAttribute('aria-live', 'polite')
    await expect(banner.banner).toHaveAttribute('data-severity', 'error')
    await expect(banner.title).toHaveText('mpsim found problems in the workspace')
    await expect(banner.lines).toHaveCount(3)
    await expect(banner.line('error')).toHaveCount(2)
    await expect(banner.text(0)).toHaveText(
      `Error: settings.json did not follow its format; the bad copy is kept as ${settingsCopy}; the default settings are used instead.`,
    )
    await expect(banner.text(1)).toHaveText(
      `Error: accounts.json was not valid JSON; the bad copy is kept as ${accountsCopy}; a new test account (new AppID, AppSecret, Token and EncodingAESKey) is used instead.`,
    )
    const reattached = banner.line('warning')
    await expect(reattached).toContainText(
      `users.json: 3 users of ${lostAccount} (an account lost with accounts.json) now belong to “${newAccount.name}” (${newAccount.id}), the new default account`,
    )
    await expect(reattached).toContainText(
      `To undo: stop mpsim, repair ${accountsCopy} and rename it back to accounts.json, then in users.json set these users’ accountId back to ${lostAccount}.`,
    )
    // Words only: no problem codes, no fallback keys, no core log message.
    for (const raw of [
      'corrupt-file',
      'invalid-file',
      'reattached-users',
      'new-account',
      'usedInstead',
    ]) {
      await expect(banner.banner).not.toContainText(raw)
    }
    await expect(banner.banner).not.toContainText(problems[1]!.message)

    await banner.screenshot('workspace-banner-en-light-1440', WIDE)
    await banner.screenshot('workspace-banner-en-light-1024', NARROW)
    await banner.theme('dark')
    await banner.screenshot('workspace-banner-en-dark-1440', WIDE)
    await banner.screenshot('workspace-banner-en-dark-1024', NARROW)

    // Details: what settings.json broke, where the copies are, who was re-attached.
    await expect(banner.detailsToggle).toHaveAttribute('aria-expanded', 'false')
    await expect(banner.details).toHaveCount(0)
    await banner.detailsToggle.click()
    await expect(banner.detailsToggle).toHaveAttribute('aria-expanded', 'true')
    await expect(banner.issues).toHaveCount(2)
    await expect(banner.issues.filter({ hasText: 'defaultMode' })).toContainText('(found "secret")')
    await expect(banner.issues.filter({ hasText: 'push.attempts' })).toContainText('(found 0)')
    await expect(banner.details.nth(1)).toContainText(join(dir, accountsCopy))
    const nicknames = core.workspace.directory.listUsers().map((u) => u.nickname)
    for (const name of nicknames) await expect(banner.users).toContainText(name)
    await expect(banner.folder).toContainText(dir)
    await banner.screenshot('workspace-banner-en-dark-1440-details', WIDE)

    // The same banner in Chinese, re-worded by the language switch.
    await app.language('zh')
    await expect(banner.title).toHaveText('mpsim 发现工作区有问题')
    await expect(banner.detailsToggle).toHaveText('详情')
    await expect(banner.openSettings).toHaveText('打开设置')
    await expect(banner.dismiss).toHaveAttribute('aria-label', '关闭提示')
    await expect(banner.text(1)).toHaveText(
      `错误：accounts.json 不是有效的 JSON；原文件已移到 ${accountsCopy}；改用新的测试号（新的 AppID、AppSecret、Token 和 EncodingAESKey）。`,
    )
    await expect(reattached).toContainText(`原属 ${lostAccount} 的 3 个用户`)
    await expect(reattached).toContainText(
      `如需撤销：停止 mpsim，修复 ${accountsCopy} 并改名回 accounts.json`,
    )
    await expect(banner.issues.filter({ hasText: 'defaultMode' })).toContainText(
      '（实际为 "secret"）',
    )
    await expect(banner.banner).not.toContainText('the bad copy')
    await banner.screenshot('workspace-banner-zh-dark-1024-details', NARROW)
    await banner.detailsToggle.click()
    await expect(banner.details).toHaveCount(0)
    await banner.screenshot('workspace-banner-zh-dark-1440', WIDE)
    await banner.screenshot('workspace-banner-zh-dark-1024', NARROW)
    await banner.theme('light')
    await banner.screenshot('workspace-banner-zh-light-1440', WIDE)
    await banner.screenshot('workspace-banner-zh-light-1024', NARROW)

    // On every panel, the inspector's full-height layout included.
    await app.go('inspector')
    await expect(banner.banner).toBeVisible()
    await banner.screenshot('workspace-banner-zh-light-1440-inspector', WIDE)

    // Dismissed from the keyboard: the focus shows a ring, then lands on the main area.
    await banner.tabTo(banner.dismiss)
    expect(await banner.focusRing(banner.dismiss)).not.toBe('none')
    await banner.screenshotBanner('workspace-banner-zh-light-focus')
    await banner.theme('dark')
    await banner.tabTo(banner.dismiss)
    expect(await banner.focusRing(banner.dismiss)).not.toBe('none')
    await banner.screenshotBanner('workspace-banner-zh-dark-focus')
    await page.keyboard.press('Enter')
    await expect(banner.banner).toHaveCount(0)
    await expect(banner.main).toBeFocused()
    // It stays away on other panels; Settings still lists the problems.
    await app.go('chat')
    await expect(banner.banner).toHaveCount(0)
    await app.go('settings')
    await expect(banner.settingsLines).toHaveCount(3)
  })

  test('"Open Settings" goes to the workspace section, which uses the same words', async ({
    page,
  }) => {
    const app = new AppPage(page)
    const banner = new WorkspaceBannerPage(page)
    const accountsCopy = core.workspace.problems.find((p) => p.file === 'accounts.json')!.movedTo!
    await app.open(core.uiUrl)
    await app.language('zh')
    await page.setViewportSize(NARROW)
    await banner.tabTo(banner.openSettings)
    expect(await banner.focusRing(banner.openSettings)).not.toBe('none')
    await page.keyboard.press('Enter')

    await expect(app.id('nav-settings')).toHaveAttribute('aria-current', 'page')
    await expect(banner.settingsHeading).toBeFocused()
    await expect(banner.settingsHeading).toBeInViewport()
    await expect(banner.settingsLines).toHaveCount(3)
    await expect(banner.settingsLines.nth(1)).toContainText(
      `accounts.json 不是有效的 JSON；原文件已移到 ${accountsCopy}`,
    )
    // Settings shows every detail, without a toggle, and no core log message.
    await expect(banner.settingsSection.getByTestId('workspace-problem-issue')).toHaveCount(2)
    await expect(banner.settingsSection).not.toContainText('is not valid JSON')
    await banner.settingsSection.scrollIntoViewIfNeeded()
    await banner.screenshot('workspace-settings-zh-light-1024', NARROW)
    await app.language('en')
    await banner.theme('dark')
    await expect(banner.settingsLines.nth(1)).toContainText('accounts.json was not valid JSON')
    await banner.settingsSection.scrollIntoViewIfNeeded()
    await banner.screenshot('workspace-settings-en-dark-1440', WIDE)

    // Coming back through the sidebar starts at the top of Settings.
    await app.go('chat')
    await app.go('settings')
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport()
  })
})
