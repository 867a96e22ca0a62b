/**
 * The inspector: exchanges listed live, filtered, searched and walked with the keyboard; an
 * exchange shown whole — attempts against the deadline in force (a slow delivery growing live), query, Content-Type against WeChat's,
 * both signatures worked out (checked against node's own SHA-1), encryption layers, verdict
 * problems worst first with their explanation; copy as curl; exports; clear.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { REPLY_PROBLEM_TEXT } from '../../src/shared/explain/reply-problems'
import { test, expect } from './fixtures'
import { openInspector } from './pages/inspector'
import { forEachLook } from './support/looks'
import { startTinyServer } from '../helpers/tiny-server'

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex')

test.describe('Inspector', () => {
  test('a push appears live; attempts, query, headers; its signature step by step', async ({
    page,
    core,
  }) => {
    const { app, inspector } = await openInspector(page, core.uiUrl)
    await expect(inspector.empty).toBeVisible()
    const exchange = await core.engine.send({ typeId: 'text', values: { Content: 'inspect me' } })
    await expect(inspector.row(exchange.id)).toHaveAttribute('data-outcome', 'reply')
    await expect(inspector.row(exchange.id)).toHaveAttribute('data-kind', 'push')
    await inspector.open(exchange.id)
    await expect(inspector.attempt(1)).toContainText('HTTP 200')
    await expect(inspector.attempt(1)).toHaveAttribute('data-late', 'false')
    for (const name of ['signature', 'timestamp', 'nonce', 'openid']) {
      await expect(inspector.query).toContainText(name)
    }
    await expect(page.getByTestId('inspector-request-headers')).toContainText('User-Agent')
    await expect(inspector.requestBody).toHaveAttribute('data-value', /inspect me/)
    await expect(inspector.responseBody).toHaveAttribute('data-value', /<xml>/)

    // The digest shown equals SHA-1 of the sorted token, timestamp and nonce, computed here.
    const url = new URL(exchange.attempts[0]!.request.url)
    const token = core.workspace.directory.listAccounts()[0]!.token
    const parts = [token, url.searchParams.get('timestamp')!, url.searchParams.get('nonce')!].sort()
    const expected = sha1(parts.join(''))
    expect(url.searchParams.get('signature')).toBe(expected)
    await expect(inspector.signature('parts')).toContainText(token)
    await expect(inspector.signature('sorted')).toContainText(parts[0]!)
    // Each sorted value is labelled with the input it came from, as in the Crypto lab.
    const nameOf = new Map([
      [token, 'token'],
      [url.searchParams.get('timestamp')!, 'timestamp'],
      [url.searchParams.get('nonce')!, 'nonce'],
    ])
    await expect(inspector.sortedItems()).toHaveCount(3)
    for (const [i, value] of parts.entries()) {
      await expect(inspector.sortedItems().nth(i)).toContainText(value)
      await expect(inspector.sortedItems().nth(i)).toContainText(nameOf.get(value)!)
    }
    await expect(inspector.signature('joined')).toHaveText(parts.join(''))
    await expect(inspector.signature('digest')).toHaveText(expected)
    await expect(inspector.signature('match')).toHaveAttribute('data-match', 'true')
    await expect(inspector.contentType).toHaveAttribute('data-overridden', 'false')
    await expect(inspector.contentType).toContainText('WeChat sends text/xml')
    await app.screenshot('inspector-en')
    await app.language('zh')
    await expect(inspector.timeline).toContainText('第 1 次')
    await expect(inspector.row(exchange.id)).toContainText('推送')
    await app.screenshot('inspector-zh')
  })

  test('a Content-Type override and a wrong signature are called out', async ({ page, core }) => {
    const { inspector } = await openInspector(page, core.uiUrl)
    const exchange = await core.engine.send({
      typeId: 'text',
      values: { Content: 'override' },
      overrides: { contentType: 'application/xml', wrongSignature: true },
    })
    await inspector.open(exchange.id)
    await expect(inspector.contentType).toHaveAttribute('data-overridden', 'true')
    await expect(inspector.contentType).toContainText('Content-Type sent: application/xml')
    await expect(inspector.contentType).toContainText('WeChat sends text/xml')
    await expect(inspector.signature('match')).toHaveAttribute('data-match', 'false')
    await expect(inspector.signature('match')).toContainText('sent on purpose')
    // The forged value differs from the worked-out one in its first hex digit only.
    await expect(inspector.mismatch('signature')).toHaveCount(1)
  })

  test('safe mode shows both signatures and the envelope layer by layer', async ({
    page,
    core,
  }) => {
    const { inspector } = await openInspector(page, core.uiUrl)
    const exchange = await core.engine.send({
      typeId: 'text',
      values: { Content: 'safe hello' },
      mode: 'safe',
    })
    await inspector.open(exchange.id)
    const account = core.workspace.directory.listAccounts()[0]!
    const request = exchange.attempts[0]!.request
    const encrypt = /<Encrypt><!\[CDATA\[([^\]]+)\]\]><\/Encrypt>/.exec(request.body.text)![1]!
    const url = new URL(request.url)
    const parts = [
      account.token,
      url.searchParams.get('timestamp')!,
      url.searchParams.get('nonce')!,
      encrypt,
    ].sort()
    await expect(inspector.signature('digest', true)).toHaveText(sha1(parts.join('')))
    await expect(inspector.signature('match', true)).toHaveAttribute('data-match', 'true')
    await expect(inspector.envelope).toContainText('safe hello')
    await expect(inspector.envelopePart('encrypt')).toHaveText(encrypt)
    await expect(inspector.envelope).toContainText(account.appId)
    await expect(inspector.envelopePart('inner')).toHaveAttribute('data-value', /<xml>/)
  })

  test('a broken reply lists every problem, worst first, with why and the fix', async ({
    page,
    core,
  }) => {
    const bot = await startTinyServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end('<xml><MsgType>text</MsgType></xml>')
    })
    try {
      const { app, inspector } = await openInspector(page, core.uiUrl)
      const exchange = await core.engine.send({
        typeId: 'text',
        values: { Content: 'x' },
        botUrl: bot.url,
      })
      expect(exchange.verdict?.outcome).toBe('service-unavailable')
      await inspector.open(exchange.id)
      const problems = exchange.verdict!.problems
      // One card per code: four missing fields are one explanation with four sets of facts.
      const codes = new Set(problems.map((p) => p.code))
      await expect(inspector.problems()).toHaveCount(codes.size)
      await expect(inspector.problemFacts()).toHaveCount(
        problems.filter((p) => Object.keys(p.detail).length > 0).length,
      )
      await expect(inspector.problems().first()).toHaveAttribute('data-severity', 'error')
      await expect(inspector.problems().last()).toHaveAttribute('data-severity', 'info')
      for (const problem of problems) {
        const card = inspector.problem(problem.code)
        await expect(card).toContainText(REPLY_PROBLEM_TEXT[problem.code].en.explanation)
        await expect(card).toContainText(REPLY_PROBLEM_TEXT[problem.code].en.fix)
        // Every fact is labelled in words, never by the engine's key.
        for (const key of Object.keys(problem.detail)) {
          const label = inspector.problemFact(problem.code, key).first().locator('dt')
          await expect(label).not.toHaveText(key)
          await expect(label).not.toHaveText('')
        }
      }
      const worst = problems.find((p) => p.severity === 'error')!
      await expect(inspector.summaryOutcome).toContainText(REPLY_PROBLEM_TEXT[worst.code].en.title)
      await expect(page.getByTestId('inspector-response-content-type')).toContainText(
        'application/json',
      )
      await app.screenshot('inspector-problems-en')
      await inspector.darkTheme()
      await app.screenshot('inspector-problems-dark-en')
    } finally {
      await bot.close()
    }
  })

  test('an unreachable bot: three attempts on the clock, each signed afresh', async ({
    page,
    core,
  }) => {
    const gone = await startTinyServer((_req, res) => {
      res.end()
    })
    await gone.close()
    const { inspector } = await openInspector(page, core.uiUrl)
    const exchange = await core.engine.send({
      typeId: 'text',
      values: { Content: 'anyone there?' },
      botUrl: gone.url,
    })
    expect(exchange.attempts).toHaveLength(3)
    await inspector.open(exchange.id)
    for (const n of [1, 2, 3]) {
      await expect(inspector.attempt(n)).toContainText('connection refused')
    }
    await expect(inspector.timeline).toContainText('WeChat retried')
    await expect(page.getByTestId('inspector-network-error')).toBeVisible()
    // The last attempt is shown first; attempt 2 has its own timestamp and nonce.
    await inspector.attemptTab(2).click()
    await expect(inspector.attemptTab(2)).toHaveAttribute('aria-selected', 'true')
    const url = new URL(exchange.attempts[1]!.request.url)
    const token = core.workspace.directory.listAccounts()[0]!.token
    const parts = [token, url.searchParams.get('timestamp')!, url.searchParams.get('nonce')!]
    await expect(inspector.signature('digest')).toHaveText(sha1(parts.sort().join('')))
    await expect(inspector.query).toContainText(url.searchParams.get('nonce')!)
    // ←/→ move between the attempt tabs.
    await inspector.attemptTab(2).press('ArrowRight')
    await expect(inspector.attemptTab(3)).toHaveAttribute('aria-selected', 'true')
    await expect(inspector.attemptTab(3)).toBeFocused()
  })

  test('a slow delivery grows live, against the deadline in force', async ({ page, core }) => {
    const hang = await startTinyServer(() => undefined)
    const before = core.workspace.settings.push
    await core.workspace.updateSettings({ push: { attempts: 3, timeoutMs: 1500 } })
    try {
      const { inspector } = await openInspector(page, core.uiUrl)
      const sending = core.engine.send({
        typeId: 'text',
        values: { Content: 'slow' },
        botUrl: hang.url,
      })
      // The row is there while the first attempt still waits: the same id the delivery ends with.
      const pending = inspector.rows.filter({ hasText: 'Sending…' })
      await expect(pending).toHaveCount(1)
      const id = (await pending.getAttribute('data-exchange-id')) ?? ''
      await inspector.open(id)
      const detail = page.getByTestId('inspector-detail')
      await expect(detail).toHaveAttribute('data-in-progress', 'true')
      await expect(page.getByTestId('inspector-timeline-waiting')).toBeVisible()
      await expect(inspector.timeline).toContainText('1.5 s deadline')
      await expect(inspector.attempt(1)).toContainText('timed out', { ignoreCase: true })
      const exchange = await sending
      expect(exchange.id).toBe(id)
      await expect(inspector.attempt(3)).toBeVisible()
      await expect(detail).not.toHaveAttribute('data-in-progress')
      await expect(page.getByTestId('inspector-timeline-waiting')).toHaveCount(0)
      await expect(inspector.rows.filter({ hasText: 'Sending…' })).toHaveCount(0)
    } finally {
      await core.workspace.updateSettings({ push: before })
      await hang.close()
    }
  })

  test('filters, search and the keyboard narrow and walk the list', async ({ page, core }) => {
    const { inspector } = await openInspector(page, core.uiUrl)
    const older = await core.engine.send({ typeId: 'text', values: { Content: 'needle-0815' } })
    const marked = await core.engine.send({ typeId: 'text', values: { Content: 'needle-4711' } })
    await core.engine.verify({ probe: true })
    await expect(inspector.row(marked.id)).toBeVisible()

    await inspector.searchFor('needle-4711', 1)
    await expect(inspector.rows.first()).toHaveAttribute('data-exchange-id', marked.id)
    await expect(inspector.count).toContainText('1 of')
    await inspector.searchFor('needle-', 2)
    // Newest first; ↓ walks to the older one, Home back to the newest.
    await inspector.list.focus()
    await inspector.list.press('Home')
    await expect(inspector.detail).toHaveAttribute('data-exchange-id', marked.id)
    await inspector.list.press('ArrowDown')
    await expect(inspector.detail).toHaveAttribute('data-exchange-id', older.id)
    await expect(inspector.row(older.id)).toHaveAttribute('aria-selected', 'true')

    await inspector.clearSearch()
    await inspector.filter('kind').selectOption('verify')
    await expect(inspector.rows.first()).toHaveAttribute('data-kind', 'verify')
    expect(new Set(await inspector.rowValues('data-kind'))).toEqual(new Set(['verify']))
    // The probe with a forged signature is the verification's second request.
    await inspector.rows.first().click()
    await expect(inspector.timeline).toContainText('Forged probe')
    await expect(inspector.verdict).toHaveAttribute('data-outcome', 'ok')

    await inspector.filter('kind').selectOption('')
    await inspector.filter('outcome').selectOption('reply')
    expect(new Set(await inspector.rowValues('data-outcome'))).toEqual(new Set(['reply']))
    await inspector.filter('outcome').selectOption('')
  })

  test('a 415 is explained in words, with the 415 fix only, in English and Chinese', async ({
    page,
    core,
  }) => {
    const bot = await startTinyServer((_req, res) => {
      res.writeHead(415, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ detail: 'Unsupported media type "text/xml" in request.' }))
    })
    try {
      const { app, inspector } = await openInspector(page, core.uiUrl)
      const exchange = await core.engine.send({
        typeId: 'text',
        values: { Content: 'django' },
        botUrl: bot.url,
      })
      await inspector.open(exchange.id)
      const code = 'http-status-not-ok'
      const card = inspector.problem(code)
      await expect(inspector.problemFact(code, 'status')).toContainText('HTTP status')
      await expect(inspector.problemFact(code, 'status')).toContainText('415')
      await expect(inspector.problemFact(code, 'hint')).toContainText('Likely cause')
      await expect(inspector.problemFact(code, 'hint')).toContainText('Unsupported Media Type')
      await expect(inspector.problemFact(code, 'bodyKind')).toContainText('Body looks like')
      for (const raw of ['bodyKind', 'unsupported-media-type', 'hint ', 'Spec §', code]) {
        await expect(card).not.toContainText(raw)
      }
      await expect(inspector.problemSpec(code)).toHaveText(/^Protocol notes §/)
      // The 415 fix, not every status's advice.
      await expect(inspector.problemFix(code)).toContainText('text/xml')
      for (const other of ['csrf', '404', '405', '5xx', 'app.get']) {
        await expect(inspector.problemFix(code)).not.toContainText(other, { ignoreCase: true })
      }
      await app.screenshot('inspector-415-en')

      await app.language('zh')
      await expect(inspector.problemFact(code, 'status')).toContainText('HTTP 状态码')
      await expect(inspector.problemFact(code, 'hint')).toContainText('可能原因')
      await expect(inspector.problemFact(code, 'bodyKind')).toContainText('响应内容类型')
      await expect(inspector.problemSpec(code)).toHaveText(/^协议笔记 §/)
      await expect(inspector.problemFix(code)).toContainText('text/xml')
      await expect(inspector.problemFix(code)).not.toContainText('csrf', { ignoreCase: true })
      for (const raw of ['bodyKind', 'unsupported-media-type', '规范', code]) {
        await expect(card).not.toContainText(raw)
      }
      await app.screenshot('inspector-415-zh')
    } finally {
      await bot.close()
    }
  })

  test('verification is titled in the reader’s language, list and detail', async ({
    page,
    core,
  }) => {
    const { app, inspector } = await openInspector(page, core.uiUrl)
    const { exchange } = await core.engine.verify({ probe: true })
    await inspector.open(exchange.id)
    await expect(inspector.row(exchange.id)).toContainText('URL verification')
    await expect(inspector.detail.locator('h2')).toHaveText('URL verification')
    await app.language('zh')
    await expect(inspector.row(exchange.id)).toContainText('URL 验证')
    await expect(inspector.row(exchange.id)).not.toContainText('verification')
    await expect(inspector.detail.locator('h2')).toHaveText('URL 验证')
  })

  test('a filter that hides the selection empties the detail until it is cleared', async ({
    page,
    core,
  }) => {
    const { app, inspector } = await openInspector(page, core.uiUrl)
    const exchange = await core.engine.send({ typeId: 'text', values: { Content: 'hay-42' } })
    await inspector.open(exchange.id)
    await inspector.searchFor('no-such-needle', 0)
    await expect(inspector.detail).toBeHidden()
    await expect(inspector.filteredOut).toContainText('No exchange matches')
    await app.language('zh')
    await expect(inspector.filteredOut).toContainText('没有符合条件的记录')
    await app.language('en')
    await inspector.clearSearch()
    await expect(inspector.filteredOut).toBeHidden()
    await expect(inspector.detail).toHaveAttribute('data-exchange-id', exchange.id)
    // A filter hides it too (a verification-only list has no push in it).
    await inspector.filter('kind').selectOption('verify')
    await expect(inspector.filteredOut).toBeVisible()
    await expect(inspector.detail).toBeHidden()
    await inspector.filter('kind').selectOption('')
    await expect(inspector.detail).toHaveAttribute('data-exchange-id', exchange.id)
  })

  test('screenshots: two sizes, both themes, both languages; the axis labels never overlap', async ({
    page,
    core,
  }) => {
    const bot = await startTinyServer((_req, res) => {
      res.writeHead(415, { 'Content-Type': 'application/json' })
      res.end('{"detail":"Unsupported media type"}')
    })
    try {
      const { app, inspector } = await openInspector(page, core.uiUrl)
      const exchange = await core.engine.send({
        typeId: 'text',
        values: { Content: 'screenshot' },
        botUrl: bot.url,
      })
      await inspector.open(exchange.id)
      const axis = page.locator('.x-timeline__axis span')
      await forEachLook(page, app, async ({ width, height, scheme, lang }) => {
        await expect(inspector.detail).toBeVisible()
        await inspector.verdict.scrollIntoViewIfNeeded()
        await app.screenshot(`inspector-${width}x${height}-${scheme}-${lang}`)
        await inspector.timeline.scrollIntoViewIfNeeded()
        await app.screenshot(`inspector-${width}x${height}-${scheme}-${lang}-timeline`)
        // The visible axis labels do not overlap one another.
        const boxes = await axis.evaluateAll((spans) =>
          spans
            .filter((el) => getComputedStyle(el).display !== 'none')
            .map((el) => el.getBoundingClientRect())
            .map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
        )
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) {
            const overlap =
              a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
            expect(overlap, `${width}px ${lang}: ${JSON.stringify([a, b])}`).toBe(false)
          }
        }
      })
      await inspector.signature('sorted').scrollIntoViewIfNeeded()
      await app.screenshot('inspector-1024x700-dark-en-signature')
    } finally {
      await bot.close()
    }
  })

  test('copy as curl, export the exchange and the filtered list', async ({
    page,
    core,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const { inspector } = await openInspector(page, core.uiUrl)
    // A word no nonce, signature or id can contain (they are digits, hex or base64 of random bytes
    // — "4712" once matched a nonce too), so the search finds this exchange alone.
    const marked = await core.engine.send({ typeId: 'text', values: { Content: "it's quokka" } })
    await inspector.open(marked.id)
    await inspector.copyCurl.click()
    const curl = await page.evaluate(() => navigator.clipboard.readText())
    expect(curl).toContain(`curl -X POST '${marked.attempts[0]!.request.url}'`)
    expect(curl).toContain("-H 'Content-Type: text/xml'")
    // The body is quoted for the shell: the apostrophe is closed, escaped and reopened.
    expect(curl).toContain(`it'\\''s quokka`)

    const json = await inspector.download('export-json')
    const saved = JSON.parse(await readFile(await json.path(), 'utf8')) as { id: string }
    expect(saved.id).toBe(marked.id)
    const xml = await readFile(await (await inspector.download('export-xml')).path(), 'utf8')
    expect(xml).toContain(marked.attempts[0]!.request.body.text)
    expect(xml).toContain('<!-- response: HTTP 200 -->')

    await inspector.searchFor('quokka', 1)
    const list = await inspector.download('export-list')
    const exported = JSON.parse(await readFile(await list.path(), 'utf8')) as { id: string }[]
    expect(exported.map((e) => e.id)).toEqual([marked.id])
    await expect(inspector.notice).toContainText('Exported 1')
  })

  test('an API call shows errcode and errmsg; its bodies export as JSON', async ({
    page,
    core,
  }) => {
    const { inspector } = await openInspector(page, core.uiUrl)
    const account = core.workspace.directory.listAccounts()[0]!
    const answer = (await (
      await fetch(
        `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${account.appId}&secret=wrong-secret`,
      )
    ).json()) as { errcode: number; errmsg: string }
    expect(answer.errcode).not.toBe(0)
    await inspector.filter('kind').selectOption('api')
    // The AppSecret is never logged (only its length); the answer's errmsg is searchable.
    await inspector.searchFor(answer.errmsg)
    await inspector.rows.first().click()
    await expect(inspector.requestLine).toContainText('secret=<redacted:12 chars>')
    await expect(inspector.verdict).toContainText(`errcode ${answer.errcode}`)
    await expect(inspector.verdict).toContainText(answer.errmsg)
    const file = await inspector.download('export-xml')
    expect(file.suggestedFilename()).toMatch(/\.json$/)
    const bodies = JSON.parse(await readFile(await file.path(), 'utf8')) as {
      response: { body: { errcode: number } }
    }
    expect(bodies.response.body.errcode).toBe(answer.errcode)
  })

  test('clear asks first, names the archive, and the list fills again live', async ({
    page,
    core,
  }) => {
    const { inspector } = await openInspector(page, core.uiUrl)
    await core.engine.send({ typeId: 'text', values: { Content: 'before clear' } })
    await expect(inspector.rows.first()).toBeVisible()
    // The core is shared by every spec: answer the clear command here instead of archiving its log.
    await page.route('**/api/exchanges/clear', (route) =>
      route.fulfill({ json: { archivedAs: 'exchanges-20260101T000000.ndjson' } }),
    )
    await inspector.clear(false)
    await expect(inspector.rows.first()).toBeVisible()
    await inspector.clear(true)
    await expect(inspector.notice).toContainText('exchanges-20260101T000000.ndjson')
    await expect(inspector.count).toHaveAttribute('data-total', '0')
    await expect(inspector.rows).toHaveCount(0)
    const after = await core.engine.send({ typeId: 'text', values: { Content: 'after clear' } })
    await expect(inspector.rows).toHaveCount(1)
    await expect(inspector.rows.first()).toHaveAttribute('data-exchange-id', after.id)
  })
})
