/**
 * The Replay panel (features/replay) in browser mode: a suite built in one click from the
 * inspector, run with its results per step; an assertion edited to expect a wrong Content fails
 * with the diff, re-run alone, traced into the inspector; results exported as JUnit; captures
 * imported by the file picker and by a drop on the window, with what was skipped and why;
 * screenshots in both languages, themes and laptop sizes for review.
 */
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { AppPage, InspectorPage, PhonePage } from './pages/app'
import { ReplayPage } from './pages/replay'
import { forEachLook } from './support/looks'

const push = (content: string) =>
  `<xml><ToUserName><![CDATA[gh_x]]></ToUserName><FromUserName><![CDATA[o_x]]></FromUserName>` +
  `<CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
  `<Content><![CDATA[${content}]]></Content><MsgId>1</MsgId></xml>`

/** Chats "hello" with the sample bot, builds a suite from it in the inspector, opens it. */
async function suiteFromChat(page: Page, url: string) {
  const app = new AppPage(page)
  await app.open(url, 'en')
  const phone = new PhonePage(page)
  const id = await phone.say('hello')
  await app.go('inspector')
  const inspector = new InspectorPage(page)
  await inspector.row(id).click()
  await expect(page.getByTestId('inspector-build-suite')).toHaveAttribute('data-count', '1')
  await page.getByTestId('inspector-build-suite').click()
  const replay = new ReplayPage(page)
  await expect(page.getByTestId('nav-replay')).toHaveAttribute('aria-current', 'page')
  await expect(replay.editor).toHaveAttribute('data-file', /^inspector-.*\.json$/)
  await expect(replay.step(0)).toBeVisible()
  return { app, replay, exchangeId: id }
}

test.describe('Replay', () => {
  test('a suite from the inspector runs; a wrong Content fails with its diff', async ({
    page,
    core,
  }) => {
    const { app, replay, exchangeId } = await suiteFromChat(page, core.uiUrl)
    await expect(replay.step(0).getByTestId('replay-step-verdict')).toHaveValue('reply')
    await expect(replay.step(0).getByTestId('replay-step-same-reply')).toBeChecked()
    // The file's own text is what a reviewer diffs.
    await replay.id('replay-tab-text').click()
    await expect(replay.id('replay-editor-text')).toContainText('"sameReplyAsRecorded": true')
    await replay.id('replay-tab-form').click()

    await replay.runSuite()
    await expect(replay.run).toHaveAttribute('data-passed', '1')
    await expect(replay.result(0)).toHaveAttribute('data-status', 'passed')

    // Expect a Content the bot never sends: the step fails, with expected, actual and the diff.
    await replay.expectField(0, 'Content', 'surely not this')
    await expect(replay.editor).toHaveAttribute('data-dirty', 'true')
    await expect(replay.id('replay-editor-run')).toHaveText('Save and run')
    await replay.runSuite()
    await expect(replay.editor).toHaveAttribute('data-dirty', 'false')
    await expect(replay.result(0)).toHaveAttribute('data-status', 'failed')
    const failure = replay.result(0).locator('[data-testid="replay-failure"]', {
      has: page.locator('[data-testid="replay-failure-expected"]', { hasText: 'surely not this' }),
    })
    await expect(failure).toHaveAttribute('data-assertion', /Content/)
    await expect(failure.getByTestId('replay-failure-actual')).not.toHaveText('')
    await expect(replay.id('replay-run-summary')).toContainText('1 failed')
    await app.screenshot('replay-failure-en')

    // Saved: the file now carries the assertion.
    await replay.id('replay-tab-text').click()
    await expect(replay.id('replay-editor-text')).toContainText('surely not this')
    await replay.id('replay-tab-form').click()

    // Re-run only the failures; then the step's exchange opens in the inspector.
    await replay.id('replay-rerun-failures').click()
    await expect(replay.run).toHaveAttribute('data-status', 'done')
    await expect(replay.run).toContainText('failures run again')
    await expect(replay.result(0)).toHaveAttribute('data-status', 'failed')

    const junit = await replay.download('replay-export-junit')
    const xml = await readFile((await junit.path()) ?? '', 'utf8')
    expect(xml).toContain('<testsuites name="mpsim replay" tests="1" failures="1"')
    expect(xml).toContain('<failure message="')

    const link = replay.result(0).getByTestId('replay-result-inspect')
    const replayed = (await link.getAttribute('data-exchange-id')) ?? ''
    expect(replayed).not.toBe(exchangeId)
    await link.click()
    await expect(page.getByTestId('inspector-detail')).toHaveAttribute('data-exchange-id', replayed)
    // The run is still there when coming back.
    await app.go('replay')
    await expect(replay.result(0)).toHaveAttribute('data-status', 'failed')
  })

  test('captures imported by the file picker and by a drop: found, skipped and why', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    await app.open(core.uiUrl, 'en')
    await app.go('replay')
    const replay = new ReplayPage(page)
    await replay.fileInput.setInputFiles([
      { name: 'hello.xml', mimeType: 'text/xml', buffer: Buffer.from(push('picked')) },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just notes') },
    ])
    await expect(replay.report).toHaveAttribute('data-found', '1')
    await expect(replay.report).toHaveAttribute('data-skipped', '1')
    await expect(replay.id('replay-skipped-item')).toHaveAttribute('data-reason', 'not-xml')
    // Each reason worded once by the shared table (capture-skips.ts): what, why, how to fix.
    const notXml = replay.page.locator('[data-testid="replay-skip-group"][data-reason="not-xml"]')
    await expect(notXml).toContainText('Not XML')
    await expect(notXml.getByTestId('replay-skip-explanation')).toContainText('well-formed XML')
    await expect(notXml.getByTestId('replay-skip-fix')).toContainText('body of the push request')
    await expect(notXml.getByTestId('replay-skipped-item')).toContainText('notes.txt')
    await expect(replay.id('replay-found-item')).toContainText('hello.xml')

    // The messages found become a suite, saved and opened.
    await replay.id('replay-import-name').fill('picked captures')
    await replay.id('replay-import-save').click()
    await expect(replay.id('replay-import-notice')).toContainText('suites/picked-captures.json')
    await expect(replay.editor).toHaveAttribute('data-file', 'picked-captures.json')
    await expect(
      page.locator('[data-testid="replay-suite"][data-file="picked-captures.json"]'),
    ).toBeVisible()
    await replay.runSuite()
    await expect(replay.result(0)).toHaveAttribute('data-status', /passed|failed/)

    // Files dropped anywhere on the window open the panel on their report.
    await app.go('chat')
    await page.evaluate((xml) => {
      const data = new DataTransfer()
      data.items.add(new File([xml], 'dropped.xml', { type: 'text/xml' }))
      data.items.add(new File(['{}'], 'other.har', { type: 'application/json' }))
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: data, cancelable: true }))
      }
    }, push('dropped'))
    await expect(page.getByTestId('nav-replay')).toHaveAttribute('aria-current', 'page')
    await expect(replay.report).toHaveAttribute('data-found', '1')
    await expect(replay.report).toContainText('Dropped on the window')
    await expect(replay.id('replay-found-item')).toContainText('dropped.xml')
  })

  test('steps added, copied and moved by keyboard; bail skips the rest; tags and concurrency', async ({
    page,
    core,
  }) => {
    const { replay } = await suiteFromChat(page, core.uiUrl)
    const name = (i: number) => replay.step(i).getByTestId('replay-step-name')

    // A new text step: appended, its name focused, its Content editable.
    await replay.id('replay-step-add').click()
    await expect(replay.id('replay-step')).toHaveCount(2)
    await expect(name(1)).toBeFocused()
    await page.keyboard.type('added')
    const content = replay
      .step(1)
      .locator('[data-testid="replay-step-send-field"][data-field="Content"]')
    await expect(content).toHaveValue('hello')
    await content.fill('hello again')

    // Moved up from the keyboard: the focus stays with the step (its "down", "up" being disabled).
    await replay.stepAction(1, 'up')
    await expect(name(0)).toHaveValue('added')
    await expect(replay.step(0).getByTestId('replay-step-up')).toBeDisabled()
    await expect(replay.step(0).getByTestId('replay-step-down')).toBeFocused()
    await expect(replay.id('replay-steps-status')).toHaveText('Step 2 moved to 1.')
    await page.keyboard.press('Enter')
    await expect(name(1)).toHaveValue('added')
    await expect(replay.step(1).getByTestId('replay-step-up')).toBeFocused()

    // A copy of the added step, right after it; tagged.
    await replay.stepAction(1, 'copy')
    await expect(replay.id('replay-step')).toHaveCount(3)
    await expect(name(2)).toHaveValue('added (copy)')
    await expect(name(2)).toBeFocused()
    await replay.step(2).getByTestId('replay-step-tags').fill('later')

    // Run options kept in the file.
    await replay.id('replay-suite-seed').fill('42')
    await replay.id('replay-suite-keep-msgids').check()

    // The first step fails; with bail the other two are reported skipped.
    await replay.expectField(0, 'Content', 'surely not this')
    await replay.id('replay-runbar-bail').check()
    const bailed = await replay.runSuiteWithInput()
    expect(bailed).toMatchObject({ bail: true })
    expect(bailed).not.toHaveProperty('tags')
    await expect(replay.result(0)).toHaveAttribute('data-status', 'failed')
    await expect(replay.result(1)).toHaveAttribute('data-status', 'skipped')
    await expect(replay.result(2)).toHaveAttribute('data-status', 'skipped')
    await expect(replay.id('replay-run-summary')).toContainText('2 skipped')

    await replay.id('replay-tab-text').click()
    const text = replay.id('replay-editor-text')
    await expect(text).toContainText('"seed": 42')
    await expect(text).toContainText('"keepMsgIds": true')
    await expect(text).toContainText('"Content": "hello again"')
    await expect(text).toContainText('"name": "added (copy)"')
    await replay.id('replay-tab-form').click()

    // Only the tagged step, two at once.
    await replay.id('replay-runbar-bail').uncheck()
    const chip = page.locator('[data-testid="replay-runbar-tag"][data-tag="later"]')
    await chip.click()
    await expect(chip).toHaveAttribute('aria-pressed', 'true')
    await replay.id('replay-runbar-concurrency').fill('2')
    const tagged = await replay.runSuiteWithInput()
    expect(tagged).toMatchObject({ tags: ['later'], concurrency: 2 })
    expect(tagged).not.toHaveProperty('bail')
    await expect(replay.results).toHaveCount(1)
    await expect(replay.result(2)).toHaveAttribute('data-status', 'passed')
  })

  test('screenshots: two sizes, both themes, both languages', async ({ page, core }) => {
    const { app, replay } = await suiteFromChat(page, core.uiUrl)
    await replay.expectField(0, 'Content', 'surely not this')
    await replay.step(0).getByTestId('replay-step-tags').fill('smoke, reply')
    await replay.id('replay-step-add').click()
    await replay.id('replay-suite-seed').fill('42')
    await replay.runSuite()
    await expect(replay.result(0)).toHaveAttribute('data-status', 'failed')
    await replay.fileInput.setInputFiles([
      { name: 'hello.xml', mimeType: 'text/xml', buffer: Buffer.from(push('picked')) },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just notes') },
    ])
    await expect(replay.report).toHaveAttribute('data-found', '1')
    await forEachLook(page, app, async ({ width, height, scheme, lang }) => {
      await expect(replay.panel).toBeVisible()
      await page.evaluate(() => {
        window.scrollTo(0, 0)
        document.querySelector('.app__main')?.scrollTo(0, 0)
      })
      await app.screenshot(`replay-${width}x${height}-${scheme}-${lang}`)
      await replay.run.scrollIntoViewIfNeeded()
      await app.screenshot(`replay-${width}x${height}-${scheme}-${lang}-results`)
      await replay.editor.scrollIntoViewIfNeeded()
      await app.screenshot(`replay-${width}x${height}-${scheme}-${lang}-editor`)
    })
  })
})
