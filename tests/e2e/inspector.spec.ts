/**
 * The inspector: exchanges listed live, filtered and searched; an exchange shown whole — query,
 * Content-Type against WeChat's, the signature worked out (checked against node's own SHA-1),
 * encryption layers, verdict problems with their explanation; copy as curl; export.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { test, expect } from './fixtures'
import { AppPage, InspectorPage } from './pages/app'
import { startTinyServer } from '../helpers/tiny-server'

test.describe('Inspector', () => {
  test('a push appears live; its signature is worked out step by step', async ({ page, core }) => {
    const app = new AppPage(page)
    const inspector = new InspectorPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await app.go('inspector')
    const exchange = await core.engine.send({ typeId: 'text', values: { Content: 'inspect me' } })
    await inspector.row(exchange.id).click()
    await expect(inspector.detail).toHaveAttribute('data-exchange-id', exchange.id)
    await expect(page.getByTestId('inspector-attempt-1')).toContainText('HTTP 200')
    await expect(page.getByTestId('inspector-query')).toContainText('timestamp')

    // The digest shown equals SHA-1 of the sorted token, timestamp and nonce, computed here.
    const url = new URL(exchange.attempts[0]!.request.url)
    const token = core.workspace.directory.listAccounts()[0]!.token
    const parts = [token, url.searchParams.get('timestamp')!, url.searchParams.get('nonce')!].sort()
    const expected = createHash('sha1').update(parts.join('')).digest('hex')
    await expect(inspector.signature('digest')).toHaveText(expected)
    await expect(inspector.signature('joined')).toHaveAttribute('data-value', parts.join(''))
    await expect(inspector.signature('match')).toHaveAttribute('data-match', 'true')
    expect(url.searchParams.get('signature')).toBe(expected)
    await expect(inspector.contentType).toHaveAttribute('data-overridden', 'false')
    await app.screenshot('inspector-en')
    await app.language('zh')
    await expect(page.getByTestId('inspector-timeline')).toContainText('第 1 次')
    await app.screenshot('inspector-zh')
  })

  test('a Content-Type override and a wrong signature are called out', async ({ page, core }) => {
    const app = new AppPage(page)
    const inspector = new InspectorPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    const exchange = await core.engine.send({
      typeId: 'text',
      values: { Content: 'override' },
      overrides: { contentType: 'application/xml', wrongSignature: true },
    })
    await app.go('inspector')
    await inspector.row(exchange.id).click()
    await expect(inspector.contentType).toHaveAttribute('data-overridden', 'true')
    await expect(inspector.contentType).toContainText('WeChat sends text/xml')
    await expect(inspector.signature('match')).toHaveAttribute('data-match', 'false')
    await expect(inspector.problems().first()).toBeVisible()
  })

  test('safe mode shows the envelope layer by layer', async ({ page, core }) => {
    const app = new AppPage(page)
    const inspector = new InspectorPage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    const exchange = await core.engine.send({
      typeId: 'text',
      values: { Content: 'hi' },
      mode: 'safe',
    })
    await app.go('inspector')
    await inspector.row(exchange.id).click()
    const envelope = page.getByTestId('inspector-envelope')
    await expect(envelope).toContainText(core.workspace.directory.listAccounts()[0]!.appId)
    await expect(page.getByTestId('inspector-envelope-inner')).toHaveAttribute(
      'data-value',
      /<xml>/,
    )
    await expect(page.getByTestId('inspector-msg-signature')).toBeVisible()
  })

  test('a broken reply lists every problem with why and the fix', async ({ page, core }) => {
    const bot = await startTinyServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end('<xml><MsgType>text</MsgType></xml>')
    })
    try {
      const app = new AppPage(page)
      const inspector = new InspectorPage(page)
      await app.open(core.uiUrl)
      await app.language('en')
      const exchange = await core.engine.send({
        typeId: 'text',
        values: { Content: 'x' },
        botUrl: bot.url,
      })
      expect(exchange.verdict?.outcome).toBe('service-unavailable')
      await app.go('inspector')
      await inspector.row(exchange.id).click()
      const codes = exchange.verdict!.problems.map((p) => p.code)
      await expect(inspector.problems()).toHaveCount(codes.length)
      await expect(inspector.problems().first()).toHaveAttribute('data-code', codes[0]!)
      await expect(inspector.problems().first()).toContainText('Fix')
      await app.screenshot('inspector-problems-en')
    } finally {
      await bot.close()
    }
  })

  test('filters and search narrow the list; copy as curl and export', async ({ page, core }) => {
    const app = new AppPage(page)
    const inspector = new InspectorPage(page)
    await app.open(core.uiUrl)
    const marked = await core.engine.send({ typeId: 'text', values: { Content: 'needle-4711' } })
    await core.engine.verify({})
    await app.go('inspector')
    await inspector.search.fill('needle-4711')
    await expect(inspector.rows).toHaveCount(1)
    await expect(inspector.rows.first()).toHaveAttribute('data-exchange-id', marked.id)
    await inspector.search.fill('')
    await inspector.filter('kind').selectOption('verify')
    await expect(inspector.rows.first()).toHaveAttribute('data-kind', 'verify')
    for (const kind of await inspector.rows.evaluateAll((rows) =>
      rows.map((r) => r.getAttribute('data-kind')),
    )) {
      expect(kind).toBe('verify')
    }
    await inspector.filter('kind').selectOption('')
    await inspector.row(marked.id).click()
    const curl = await page.getByTestId('inspector-copy-curl').getAttribute('data-value')
    expect(curl).toContain(`curl -X POST '${marked.attempts[0]!.request.url}'`)
    expect(curl).toContain("-H 'Content-Type: text/xml'")
    expect(curl).toContain('needle-4711')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('inspector-export-json').click(),
    ])
    const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as { id: string }
    expect(saved.id).toBe(marked.id)
  })
})
