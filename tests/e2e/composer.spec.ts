/**
 * The composer: it starts with a text ready; forms generated from the catalogue; the Monaco XML
 * editor with the engine's lint as markers and element completion; edits survive switching; the
 * send options reach the wire. Assertions read the exchange the core recorded, not just the UI.
 */
import { REPLY_PROBLEM_TEXT } from '../../src/shared/explain/reply-problems'
import type { Exchange } from '../../src/shared/model/exchange'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { AppPage, InspectorPage } from './pages/app'
import { ComposerPage } from './pages/composer'

/** The push body as the bot received it (plain mode). */
function bodyOf(exchange: Exchange | undefined): string {
  return exchange?.attempts[0]?.request.body.text ?? ''
}

const TEXT_XML = (content: string, extra = '') =>
  '<xml><ToUserName><![CDATA[gh_x]]></ToUserName><FromUserName><![CDATA[o_x]]></FromUserName>' +
  '<CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType>' +
  `<Content><![CDATA[${content}]]></Content>${extra}</xml>`

/** Opens the app on the Chat panel (in English unless told otherwise) with the composer's page module. */
async function openComposer(page: Page, url: string, lang: 'en' | 'zh' | null = 'en') {
  const app = new AppPage(page)
  const composer = new ComposerPage(page)
  await app.open(url)
  if (lang) await app.language(lang)
  return { app, composer }
}

test.describe('Composer', () => {
  test('starts useful: a text ready, Ctrl+Enter sends, the result opens the inspector', async ({
    page,
    core,
  }) => {
    const { app, composer } = await openComposer(page, core.uiUrl)
    await expect(composer.type).toHaveValue('text')
    await expect(composer.field('Content')).toHaveValue('你好')
    await composer.field('Content').focus()
    await composer.sendWithShortcut()
    await expect(composer.result).toHaveAttribute('data-outcome', 'reply')
    await expect(composer.result).toContainText('The bot replied: a text.')
    const last = core.workspace.exchangeLog.recent().at(-1)
    expect(bodyOf(last)).toContain('<Content><![CDATA[你好]]></Content>')
    expect(bodyOf(last)).toMatch(/<MsgId>\d+<\/MsgId>/)
    await app.screenshot('composer-en')
    await app.language('zh')
    await expect(composer.send).toHaveText('发送')
    await expect(composer.result).toContainText('机器人回复了一条文字消息。')
    await app.screenshot('composer-zh')

    await composer.openInspector.click()
    await expect(new InspectorPage(page).detail).toHaveAttribute('data-exchange-id', last!.id)
  })

  test('forms from the catalogue: image, location and a CLICK event', async ({ page, core }) => {
    const { composer } = await openComposer(page, core.uiUrl, null)

    await composer.type.selectOption('image')
    await expect(composer.field('PicUrl')).toBeVisible()
    await composer.send.click()
    await expect(composer.result).toHaveAttribute('data-outcome', 'reply')
    let body = bodyOf(core.workspace.exchangeLog.recent().at(-1))
    expect(body).toContain('<MsgType><![CDATA[image]]></MsgType>')
    expect(body).toMatch(/<PicUrl><!\[CDATA\[http[^\]]+\]\]><\/PicUrl>/)
    expect(body).toMatch(/<MediaId><!\[CDATA\[.+\]\]><\/MediaId>/)

    await composer.type.selectOption('location')
    await composer.field('Location_X').fill('39.908860')
    await composer.field('Location_Y').fill('116.397390')
    await composer.field('Label').fill('天安门')
    await composer.send.click()
    await expect(composer.result).toHaveAttribute('data-outcome', 'reply')
    body = bodyOf(core.workspace.exchangeLog.recent().at(-1))
    expect(body).toContain('<Location_X>39.908860</Location_X>')
    expect(body).toContain('<Label><![CDATA[天安门]]></Label>')

    await composer.type.selectOption('event.CLICK')
    await composer.field('EventKey').fill('V1001_TODAY_MUSIC')
    await composer.send.click()
    await expect(composer.result).toHaveAttribute('data-outcome', 'reply')
    body = bodyOf(core.workspace.exchangeLog.recent().at(-1))
    expect(body).toContain('<Event><![CDATA[CLICK]]></Event>')
    expect(body).toContain('<EventKey><![CDATA[V1001_TODAY_MUSIC]]></EventKey>')
    // Each type keeps its own edits.
    await composer.type.selectOption('location')
    await expect(composer.field('Label')).toHaveValue('天安门')
  })

  test('a bad coordinate is refused with the catalogue’s reason, beside the field', async ({
    page,
    core,
  }) => {
    const { composer } = await openComposer(page, core.uiUrl)
    const before = core.workspace.exchangeLog.recent().length
    await composer.type.selectOption('location')
    await composer.field('Location_X').fill('200')
    await composer.send.click()
    await expect(composer.result).toHaveAttribute('data-outcome', 'not-sent')
    await expect(composer.result).toContainText('latitude')
    await expect(composer.fieldError('Location_X')).toContainText('latitude')
    await expect(composer.field('Location_X')).toHaveAttribute('aria-invalid', 'true')
    expect(core.workspace.exchangeLog.recent()).toHaveLength(before)
  })

  test('XML: the push with its real header; edits survive switching both ways', async ({
    page,
    core,
  }) => {
    const { composer } = await openComposer(page, core.uiUrl)
    await composer.field('Content').fill('from the form')
    await composer.toXml()
    const account = core.workspace.directory.listAccounts()[0]!
    await expect(composer.xml).toHaveAttribute('data-value', /from the form/)
    await expect(composer.xml).toHaveAttribute('data-value', new RegExp(account.originalId))
    await expect(composer.xmlProblems).toContainText('This XML can be sent')

    await composer.typeXml(TEXT_XML('edited in XML'))
    await composer.toForm()
    await expect(composer.field('Content')).toHaveValue('edited in XML')
    // The MsgId the preview showed is generated again on each send, not frozen by the round trip.
    await expect(composer.field('MsgId')).toHaveValue('')
    await composer.send.click()
    await expect(composer.result).toHaveAttribute('data-outcome', 'reply')
    const first = bodyOf(core.workspace.exchangeLog.recent().at(-1))
    await composer.send.click()
    await expect(composer.result).toHaveAttribute('data-outcome', 'reply')
    const second = bodyOf(core.workspace.exchangeLog.recent().at(-1))
    expect(first).toContain('edited in XML')
    expect(first.match(/<MsgId>(\d+)/)?.[1]).not.toBe(second.match(/<MsgId>(\d+)/)?.[1])

    // Not readable: the switch is refused, the text stays as written.
    await composer.toXml()
    await composer.typeXml('<xml><MsgType>text')
    await composer.toForm()
    await expect(composer.tabNotice).toHaveAttribute('data-kind', 'error')
    await expect(composer.tabNotice).toContainText('Not well-formed XML')
    await expect(composer.xml).toHaveAttribute('data-value', '<xml><MsgType>text')
    await expect(composer.tabXml).toHaveAttribute('aria-selected', 'true')
  })

  test('XML: a new type on the XML tab keeps the old type’s edits', async ({ page, core }) => {
    const { composer } = await openComposer(page, core.uiUrl, null)
    await composer.toXml()
    await composer.typeXml(TEXT_XML('kept across types'))
    await composer.type.selectOption('event.CLICK')
    await expect(composer.xml).toHaveAttribute(
      'data-value',
      /<Event><!\[CDATA\[CLICK\]\]><\/Event>/,
    )
    await composer.type.selectOption('text')
    await expect(composer.xml).toHaveAttribute('data-value', /kept across types/)
  })

  test('XML lint: unknown, missing and badly formatted elements are marked', async ({
    page,
    core,
  }) => {
    const { app, composer } = await openComposer(page, core.uiUrl)
    await composer.field('Content').fill('lint me')
    await composer.toXml()
    // The preview's last element is <MsgId>: replace that line with an element texts do not have.
    await composer.replaceLine(-1, '<Colour>red</Colour>')
    await expect(composer.xmlProblems).toContainText('<Colour> is not an element of this type')
    await expect(composer.xmlProblems).toContainText('<MsgId> is missing')
    await expect(composer.squiggles('warning').first()).toBeVisible()
    await app.screenshot('composer-xml-en')
    // Switching keeps what the form can hold and says what it cannot.
    await composer.toForm()
    await expect(composer.field('Content')).toHaveValue('lint me')
    await expect(composer.tabNotice).toContainText('<Colour>')

    await composer.toXml()
    await composer.typeXml(TEXT_XML('lint me', '<MsgId>12a</MsgId>'))
    await expect(composer.xmlProblems).toHaveAttribute('data-count', '1')
    await expect(composer.problem(0)).toContainText('Not an integer')
    await expect(composer.problem(0)).toContainText('MsgId')
    await expect(composer.squiggles('error').first()).toBeVisible()
    await app.language('zh')
    await expect(composer.problem(0)).toContainText('不是整数')
  })

  test('XML completion offers the element names of the type', async ({ page, core }) => {
    const { composer } = await openComposer(page, core.uiUrl, null)
    await composer.type.selectOption('location')
    await composer.toXml()
    await composer.typeXml('<xml></xml>')
    // The caret after `<xml>`.
    await page.keyboard.press('End')
    for (let i = 0; i < '</xml>'.length; i++) await page.keyboard.press('ArrowLeft')
    await page.keyboard.type('<Lab')
    await expect(composer.suggestion('Label')).toBeVisible()
    await page.keyboard.press('Enter')
    // The caret lands inside the CDATA; fast typing is kept keystroke for keystroke.
    await page.keyboard.type('广州 typed quickly')
    await expect(composer.xml).toHaveAttribute(
      'data-value',
      '<xml><Label><![CDATA[广州 typed quickly]]></Label></xml>',
    )
  })

  test('XML is sent as edited, with the header of this account and user', async ({
    page,
    core,
  }) => {
    const { composer } = await openComposer(page, core.uiUrl, null)
    await composer.toXml()
    await composer.typeXml(TEXT_XML('xml send', '<MsgId>4242</MsgId>'))
    const before = core.workspace.exchangeLog.recent().length
    await composer.sendWithShortcut()
    await expect(composer.result).toHaveAttribute('data-outcome', 'reply')
    // Monaco's shortcut and the composer's are one send, not two.
    expect(core.workspace.exchangeLog.recent()).toHaveLength(before + 1)
    const last = core.workspace.exchangeLog.recent().at(-1)
    const account = core.workspace.directory.listAccounts()[0]!
    expect(bodyOf(last)).toContain('xml send')
    expect(bodyOf(last)).not.toContain('gh_x')
    expect(bodyOf(last)).toContain(account.originalId)
    expect(bodyOf(last)).toContain('<MsgId>4242</MsgId>')
  })

  test('send options reach the wire: Content-Type, safe mode, stale time, wrong signature', async ({
    page,
    core,
  }) => {
    const { composer } = await openComposer(page, core.uiUrl)
    await composer.openOptions()
    // No previous key yet: the option says why it cannot be used.
    await expect(composer.previousKey).toBeDisabled()

    await composer.contentType.fill('application/xml')
    await composer.send.click()
    await expect(composer.result).toHaveAttribute('data-outcome', 'reply')
    let last = core.workspace.exchangeLog.recent().at(-1)
    expect(last?.attempts[0]?.request.headers).toContainEqual(['Content-Type', 'application/xml'])

    await composer.contentType.fill('')
    await composer.mode.selectOption('safe')
    await composer.send.click()
    await expect(composer.result).toHaveAttribute('data-outcome', 'reply')
    last = core.workspace.exchangeLog.recent().at(-1)
    expect(last?.attempts[0]?.request.url).toContain('encrypt_type=aes')
    expect(bodyOf(last)).toContain('<Encrypt>')
    expect(bodyOf(last)).not.toContain('<Content>')
    expect(last?.verdict?.envelope?.innerXml).toContain('<xml>')

    // Ten minutes older than the send before it (the engine's clock, which tests may move).
    const timestampOf = (exchange: Exchange | undefined) =>
      Number(new URL(exchange?.attempts[0]?.request.url ?? '').searchParams.get('timestamp'))
    const fresh = timestampOf(last)
    await composer.mode.selectOption('plain')
    await composer.stale.fill('600')
    await composer.send.click()
    await expect(composer.result).toHaveAttribute('data-outcome', 'reply')
    last = core.workspace.exchangeLog.recent().at(-1)
    expect(fresh - timestampOf(last)).toBeGreaterThanOrEqual(595)
    expect(fresh - timestampOf(last)).toBeLessThanOrEqual(600)

    await composer.stale.fill('0')
    await composer.wrongSignature.check()
    await composer.send.click()
    await expect(composer.result).toHaveAttribute('data-outcome', 'service-unavailable')
    last = core.workspace.exchangeLog.recent().at(-1)
    expect(last?.attempts[0]?.response?.status).toBe(403)
    const cause = last?.verdict?.outcome === 'service-unavailable' ? last.verdict.cause : undefined
    expect(cause).toBeDefined()
    await expect(composer.result).toContainText(REPLY_PROBLEM_TEXT[cause!].en.title)
    await expect(composer.result).toContainText('该公众号暂时无法提供服务，请稍后再试')
  })

  test('dark theme: the form and the XML editor follow the app', async ({ page, core }) => {
    const { app, composer } = await openComposer(page, core.uiUrl, null)
    // A narrower window: the composer column is at its smallest (~480 px) beside the phone.
    await page.setViewportSize({ width: 1180, height: 960 })
    await app.language('zh')
    await composer.theme('light')
    await composer.type.selectOption('event.scancode_waitmsg')
    await composer.toXml()
    await expect(composer.editorRoot()).toHaveClass(/\bvs\b/)
    await composer.theme('dark')
    await expect(composer.editorRoot()).toHaveClass(/\bvs-dark\b/)
    await composer.openOptions()
    await app.screenshot('composer-zh-dark')
    await composer.toForm()
    await expect(composer.field('ScanCodeInfo.ScanType')).toHaveValue('qrcode')
    await app.screenshot('composer-zh-dark-form')
  })
})
