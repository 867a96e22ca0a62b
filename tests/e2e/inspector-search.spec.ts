/**
 * The inspector searches the whole exchange log, not only the recent exchanges the app holds in
 * memory: a push made before more than a thousand API calls (so the app, opened afterwards, loads
 * only the calls) is found by a search of its text and by the kind filter, marked as coming from
 * the whole log, and opens in the detail. Screenshots in both languages, themes and laptop sizes.
 */
import type { RunningCore } from '../../src/core/start-core'
import { contract, TOKEN_HEADER } from '../../src/shared/control/contract'
import type { Input, Output } from '../../src/shared/control/contract'
import { test, expect } from './fixtures'
import { openInspector } from './pages/inspector'
import { forEachLook } from './support/looks'

/** What the app loads when it opens: the newest this many exchanges (state/engine-store.tsx). */
const APP_LOADS = 1000

/** A control API command, as any client sends it. */
async function control<K extends 'sendPush' | 'clearExchanges'>(
  core: RunningCore,
  name: K,
  input: Input<K>,
): Promise<Output<K>> {
  const { path, output } = contract[name]
  const res = await fetch(`${core.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: core.token, origin: core.url },
    body: JSON.stringify(input),
  })
  expect(res.status, `${name} answered`).toBe(200)
  return output.parse(await res.json()) as Output<K>
}

/** `count` calls of the bot's side of the mock platform, each recorded as an exchange. */
async function apiCalls(core: RunningCore, count: number): Promise<void> {
  const a = core.workspace.directory.listAccounts()[0]!
  const res = await fetch(
    `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${a.appId}&secret=${a.appSecret}`,
  )
  const { access_token: token } = (await res.json()) as { access_token: string }
  const url = `${core.platformUrl}/cgi-bin/getcallbackip?access_token=${token}`
  // Ten at a time: quick, and bounded.
  for (let done = 0; done < count; done += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, count - done) }, () => fetch(url).then((r) => r.text())),
    )
  }
}

test.describe('Inspector: the whole log', () => {
  test.afterAll(async ({ core }) => {
    // The next specs on this worker's core start from a short log again (archived, not deleted).
    await control(core, 'clearExchanges', {})
  })

  test('a search and a filter find a push older than what the app holds', async ({
    page,
    core,
  }) => {
    // Bounded but long: over a thousand calls, then sixteen screenshots.
    test.slow()
    const needle = `needle-${Date.now().toString(36)}`
    const push = await control(core, 'sendPush', { typeId: 'text', values: { Content: needle } })
    await apiCalls(core, APP_LOADS + 100)

    const { app, inspector } = await openInspector(page, core.uiUrl)
    // The app holds the newest thousand: every one an API call, the push is not among them.
    await expect(inspector.count).toHaveAttribute('data-total', String(APP_LOADS))
    await expect(inspector.row(push.id)).toHaveCount(0)

    await inspector.searchFor(needle)
    const note = page.getByTestId('inspector-wholelog')
    await expect(note).toHaveAttribute('data-status', 'done')
    await expect(note).toHaveAttribute('data-older', '1')
    await expect(note).toHaveText('Whole log searched: 1 older match added')
    await expect(inspector.count).toHaveAttribute('data-shown', '1')
    await inspector.open(push.id)
    await expect(inspector.detail).toContainText(needle)

    // A filter alone asks the whole log too: the kind "push" lists it among the calls.
    await inspector.clearSearch()
    await expect(note).toHaveCount(0)
    await inspector.filter('kind').selectOption('push')
    await expect(note).toHaveAttribute('data-status', 'done')
    await expect(inspector.row(push.id)).toBeVisible()
    expect(Number(await note.getAttribute('data-older'))).toBeGreaterThanOrEqual(1)

    await inspector.filter('kind').selectOption('')
    await inspector.searchFor(needle)
    await expect(note).toHaveAttribute('data-older', '1')
    await forEachLook(page, app, async ({ width, height, scheme, lang }) => {
      await expect(note).toHaveText(
        lang === 'zh'
          ? '已搜索全部日志：另加 1 条较早的匹配'
          : 'Whole log searched: 1 older match added',
      )
      await app.screenshot(`inspector-whole-log-${width}x${height}-${scheme}-${lang}`)
    })
  })
})
