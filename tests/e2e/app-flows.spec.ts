/**
 * Whole flows across panels, as a bot developer meets them: a broken reply shows WeChat's system
 * tip on the phone and the inspector says why; an encrypted round trip; the language switch.
 */
import { test, expect } from './fixtures'
import { AppPage, InspectorPage, PhonePage } from './pages/app'
import { startTinyServer } from '../helpers/tiny-server'

test('a refused reply: the phone shows WeChat’s tip, “why?” opens the reason', async ({
  page,
  core,
}) => {
  // A bot that answers JSON instead of XML: WeChat refuses it and tells the user nothing useful.
  const bot = await startTinyServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end('{"reply":"hello"}')
  })
  const account = core.workspace.directory.listAccounts()[0]!
  core.workspace.directory.putAccount({ ...account, botUrl: bot.url })
  try {
    const app = new AppPage(page)
    const phone = new PhonePage(page)
    const inspector = new InspectorPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await phone.say('hello broken bot')
    await expect(phone.bubbles('system').last()).toContainText(
      '该公众号暂时无法提供服务，请稍后再试',
    )
    await phone.whyLink().click()
    await expect(inspector.detail).toBeVisible()
    await expect(page.getByTestId('inspector-verdict')).toHaveAttribute(
      'data-outcome',
      'service-unavailable',
    )
    await expect(inspector.problems().first()).toBeVisible()
    await app.screenshot('flow-refused-reply-en')
  } finally {
    core.workspace.directory.putAccount(account)
    await bot.close()
  }
})

test('an encrypted round trip in safe mode', async ({ page, core }) => {
  const account = core.workspace.directory.listAccounts()[0]!
  core.workspace.directory.putAccount({ ...account, mode: 'safe' })
  try {
    const app = new AppPage(page)
    const phone = new PhonePage(page)
    await app.open(core.uiUrl)
    const music = await phone.say('音乐')
    await expect(phone.reply(music)).toHaveAttribute('data-kind', 'music')
    const last = core.workspace.exchangeLog.recent().at(-1)!
    expect(last.attempts[0]!.request.body.text).toContain('<Encrypt>')
    expect(last.attempts[0]!.request.body.text).not.toContain('音乐')
    expect(last.verdict?.envelope?.keyUsed).toBe('current')
  } finally {
    core.workspace.directory.putAccount(account)
  }
})

test('the language switch changes every panel', async ({ page, core }) => {
  const app = new AppPage(page)
  await app.open(core.uiUrl)
  await app.language('zh')
  await expect(page.getByTestId('composer')).toContainText('消息编辑器')
  await expect(page.getByTestId('phone-user-switcher')).toContainText('模拟用户')
  await app.go('inspector')
  await expect(page.getByTestId('inspector-search')).toHaveAttribute('placeholder', /搜索/)
  await app.go('settings')
  await expect(page.getByTestId('settings')).toContainText('消息加解密方式')
  await app.language('en')
  await expect(page.getByTestId('settings')).toContainText('Message encryption')
})
