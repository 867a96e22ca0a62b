/**
 * The composer: it starts with a text ready; forms generated from the catalogue; the Monaco XML
 * editor with the engine's lint; edits survive switching; send options reach the wire.
 */
import { test, expect } from './fixtures'
import { AppPage, ComposerPage } from './pages/app'

test.describe('Composer', () => {
  test('starts useful: a text message ready, sent with Ctrl+Enter', async ({ page, core }) => {
    const app = new AppPage(page)
    const composer = new ComposerPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await expect(composer.type).toHaveValue('text')
    await expect(composer.field('Content')).toHaveValue('你好')
    await composer.field('Content').focus()
    await page.keyboard.press('ControlOrMeta+Enter')
    await expect(composer.result).toHaveAttribute('data-outcome', 'reply')
    const last = core.workspace.exchangeLog.recent().at(-1)
    expect(last?.attempts[0]?.request.body.text).toContain('<Content><![CDATA[你好]]></Content>')
    await app.screenshot('composer-en')
    await app.language('zh')
    await expect(composer.send).toHaveText('发送')
    await app.screenshot('composer-zh')
  })

  test('an event from the form: CLICK with its EventKey', async ({ page, core }) => {
    const app = new AppPage(page)
    const composer = new ComposerPage(page)
    await app.open(core.uiUrl)
    await composer.type.selectOption('event.CLICK')
    await composer.field('EventKey').fill('V1001_TODAY_MUSIC')
    await composer.send.click()
    await expect(composer.result).toHaveAttribute('data-outcome', 'reply')
    const body = core.workspace.exchangeLog.recent().at(-1)?.attempts[0]?.request.body.text ?? ''
    expect(body).toContain('<Event><![CDATA[CLICK]]></Event>')
    expect(body).toContain('<EventKey><![CDATA[V1001_TODAY_MUSIC]]></EventKey>')
  })

  test('a bad coordinate is refused with the catalogue’s reason', async ({ page, core }) => {
    const app = new AppPage(page)
    const composer = new ComposerPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await composer.type.selectOption('location')
    await composer.field('Location_X').fill('200')
    await composer.send.click()
    await expect(composer.result).toHaveAttribute('data-outcome', 'not-sent')
    await expect(composer.result).toContainText('latitude')
    // …and beside the field, with the catalogue error's title in the UI language.
    await expect(page.getByTestId('composer-error-Location_X')).toContainText('latitude')
    await expect(page.getByTestId('composer-field-Location_X')).toHaveAttribute(
      'aria-invalid',
      'true',
    )
  })

  test('XML: edits survive switching, lint marks unknown and missing elements', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    const composer = new ComposerPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await composer.field('Content').fill('from the form')
    await composer.toXml()
    await expect(composer.xml).toHaveAttribute('data-value', /from the form/)
    const account = core.workspace.directory.listAccounts()[0]!
    await expect(composer.xml).toHaveAttribute('data-value', new RegExp(account.originalId))
    await expect(composer.xmlProblems).toContainText('This XML can be sent')

    const edited =
      '<xml><ToUserName><![CDATA[gh_x]]></ToUserName><FromUserName><![CDATA[o_x]]></FromUserName>' +
      '<CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType>' +
      '<Content><![CDATA[edited in XML]]></Content><Colour>red</Colour></xml>'
    await composer.typeXml(edited)
    await expect(composer.xmlProblems).toContainText('<Colour> is not an element of this type')
    await expect(composer.xmlProblems).toContainText('<MsgId> is missing')
    await app.screenshot('composer-xml-en')
    await composer.toForm()
    await expect(composer.field('Content')).toHaveValue('edited in XML')
    await composer.toXml()
    await composer.typeXml('<xml><MsgType>text')
    await expect(composer.xmlProblems).toHaveAttribute('data-count', '1')
    await composer.toForm()
    await expect(page.getByTestId('composer-tab-error')).toBeVisible()
    await expect(composer.xml).toBeVisible()
  })

  test('XML is sent as edited, with fresh header values', async ({ page, core }) => {
    const app = new AppPage(page)
    const composer = new ComposerPage(page)
    await app.open(core.uiUrl)
    await composer.toXml()
    const xml =
      '<xml><ToUserName><![CDATA[gh_x]]></ToUserName><FromUserName><![CDATA[o_x]]></FromUserName>' +
      '<CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType>' +
      '<Content><![CDATA[xml send]]></Content><MsgId>1</MsgId></xml>'
    await composer.typeXml(xml)
    await page.keyboard.press('ControlOrMeta+Enter')
    await expect(composer.result).toHaveAttribute('data-outcome', 'reply')
    const body = core.workspace.exchangeLog.recent().at(-1)?.attempts[0]?.request.body.text ?? ''
    expect(body).toContain('xml send')
    expect(body).not.toContain('gh_x')
  })

  test('send options reach the wire: Content-Type, safe mode, wrong signature', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    const composer = new ComposerPage(page)
    await app.open(core.uiUrl)
    await composer.openOptions()
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
    expect(last?.verdict?.envelope?.innerXml).toContain('<xml>')

    await composer.mode.selectOption('plain')
    await page.getByTestId('composer-wrong-signature').check()
    await composer.send.click()
    await expect(composer.result).toHaveAttribute('data-outcome', 'service-unavailable')
    last = core.workspace.exchangeLog.recent().at(-1)
    expect(last?.attempts[0]?.response?.status).toBe(403)
  })
})
