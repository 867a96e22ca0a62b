/**
 * The Load panel (features/load) in browser mode: a short run started from the form against the
 * sample bot, with live figures, the curve and the final verdict; a run stopped mid-way; the
 * form's validation; a run started through the control API (as `mpsim load` attached to this core
 * starts one) followed live, against a bot that slows down under load — its verdict, the rate at
 * which it broke, and screenshots in both languages, themes and laptop sizes, with axe.
 */
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import type { RunningCore } from '../../src/core/start-core'
import { contract, TOKEN_HEADER } from '../../src/shared/control/contract'
import type { StartLoadInput } from '../../src/shared/control/load-schemas'
import { startTinyServer } from '../helpers/tiny-server'
import type { TinyServer } from '../helpers/tiny-server'
import { test, expect } from './fixtures'
import { AppPage } from './pages/app'
import { LoadPage } from './pages/load'
import { seriousViolations } from './support/axe'
import { forEachLook } from './support/looks'

async function openLoad(page: Page, core: RunningCore, lang: 'zh' | 'en' = 'en') {
  const app = new AppPage(page)
  await app.open(core.uiUrl, lang)
  const load = new LoadPage(page)
  await load.open()
  return { app, load }
}

/** runLoad through the control API, as any client calls it; resolves with the final report. */
async function runLoadApi(core: RunningCore, input: StartLoadInput) {
  const { path, output } = contract.runLoad
  const res = await fetch(`${core.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [TOKEN_HEADER]: core.token,
      origin: core.url,
    },
    body: JSON.stringify(input),
  })
  expect(res.status, 'runLoad answered').toBe(200)
  return output.parse(await res.json())
}

/**
 * A bot that handles one push at a time, `serviceMs` each (a single worker behind a queue): it
 * keeps up below 1000 / serviceMs messages per second and falls behind above, its answers later
 * and later — what a ramp is for.
 */
async function queueBot(serviceMs: number): Promise<TinyServer> {
  let busyUntil = 0
  return startTinyServer((_req, res) => {
    const now = Date.now()
    busyUntil = Math.max(now, busyUntil) + serviceMs
    setTimeout(() => {
      if (!res.destroyed) res.end('success')
    }, busyUntil - now)
  })
}

test.describe('Load panel', () => {
  test('a short run from the panel: live figures, the curve and the verdict', async ({
    page,
    core,
  }) => {
    const { app, load } = await openLoad(page, core)
    await expect(load.id('load-none')).toBeVisible()
    // The account's bot is the default: shown, not typed.
    await expect(load.field('botUrl')).toHaveAttribute('placeholder', core.botUrl ?? '')
    await load.fill({ users: '10', rate: '20', duration: '2', messages: '' })
    await load.start.click()

    // Live: progress events while it runs.
    await expect(async () => {
      expect(await load.run.getAttribute('data-status')).toBe('running')
      expect(await load.value('sent')).toBeGreaterThan(0)
    }).toPass({ timeout: 5000, intervals: [100] })
    await expect(load.stop).toBeVisible()
    await expect(load.id('load-verdict-head')).toContainText('So far')

    // The end: the final report.
    await expect(load.run).toHaveAttribute('data-status', 'finished', { timeout: 15_000 })
    expect(await load.value('sent')).toBeGreaterThanOrEqual(36)
    expect(await load.value('sent')).toBeLessThanOrEqual(42)
    expect(await load.value('completed')).toBe(await load.value('sent'))
    expect(await load.value('service-unavailable')).toBe(0)
    expect(await load.value('reply')).toBeGreaterThan(0)
    await expect(load.verdict).toHaveAttribute('data-outcome', 'survived')
    await expect(load.id('load-verdict-head')).toContainText(
      'Your bot survives 20 messages per second under WeChat’s rules',
    )
    await expect(load.stop).toBeHidden()
    await expect(load.start).toBeEnabled()

    // The curve: per-second latency lines under the 5 s line, and the offered rate.
    await load.id('load-chart-view-time').click()
    await expect(load.id('load-chart-time')).toBeVisible()
    await expect(load.id('load-chart-deadline')).toHaveCount(1)
    await expect(load.id('load-chart-p99')).toHaveAttribute('d', /^M/)
    await load.id('load-chart-view-rate').click()
    await expect(load.id('load-chart-rate')).toBeVisible()
    await load.id('load-seconds').locator('summary').click()
    await expect(load.id('load-seconds').locator('tbody tr')).not.toHaveCount(0)

    await load.id('load-chart-view-time').click()
    await forEachLook(page, app, async ({ width, height, scheme, lang }) => {
      if (lang === 'zh') {
        await expect(load.id('load-verdict-head')).toContainText('机器人扛得住每秒 20 条消息')
      }
      // The run from its heading: the verdict and the figures, the curve as far as it fits.
      await load.run.evaluate((el) => el.scrollIntoView({ block: 'start' }))
      await app.screenshot(`load-finished-${width}x${height}-${scheme}-${lang}`)
    })
  })

  test('stop a run mid-way: partial figures, said so', async ({ page, core }) => {
    const { app, load } = await openLoad(page, core)
    await load.fill({ users: '10', rate: '20', duration: '30', messages: '' })
    await load.start.click()
    await expect(async () => {
      expect(await load.run.getAttribute('data-status')).toBe('running')
      expect(await load.value('completed')).toBeGreaterThan(5)
    }).toPass({ timeout: 10_000, intervals: [100] })
    await expect(load.start).toBeDisabled()
    // A running run's own controls (Stop, the badge, "So far") pass axe too.
    expect(
      await seriousViolations(new AxeBuilder({ page }).include('[data-testid="load-run"]')),
    ).toEqual([])
    await page.setViewportSize({ width: 1440, height: 900 })
    await load.run.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await app.screenshot('load-running-1440x900-light-en')
    await load.stop.click()
    await expect(load.run).toHaveAttribute('data-status', 'stopped')
    await expect(load.id('load-run-status')).toHaveText('Stopped')
    await expect(load.id('load-verdict-stopped')).toBeVisible()
    expect(await load.value('sent')).toBeLessThan(600)
    await expect(load.start).toBeEnabled()
  })

  test('the form says what to fix before a run starts', async ({ page, core }) => {
    const { app, load } = await openLoad(page, core)
    await load.fill({
      botUrl: 'ftp://bot.example',
      users: '',
      rate: 'fast',
      rampTo: '0',
      duration: '',
      messages: '',
      seed: 'x'.repeat(201),
    })
    await load.id('load-mix-weight').first().fill('0')
    await load.start.click()
    await expect(load.summary).toContainText('7 fields need a fix')
    await expect(load.problem('botUrl')).toHaveAttribute('data-code', 'url')
    await expect(load.problem('users')).toHaveText('Required.')
    await expect(load.problem('rate')).toHaveText('A number, please.')
    await expect(load.problem('rampTo')).toHaveText('More than 0, at most 100,000.')
    await expect(load.problem('duration')).toHaveAttribute('data-code', 'stopNeeded')
    await expect(load.problem('seed')).toHaveText('At most 200 characters.')
    await expect(load.id('load-mix').getByTestId(/^load-problem-mix\.\d+\.weight$/)).toHaveText(
      'More than 0, at most 1,000,000.',
    )
    // The first field with a problem has the focus, and says why to a screen reader.
    await expect(load.field('botUrl')).toBeFocused()
    await expect(load.field('botUrl')).toHaveAttribute('aria-invalid', 'true')
    // Nothing was sent.
    await expect(load.id('load-starting')).toBeHidden()
    await expect(load.runIn('running')).toHaveCount(0)
    await page.setViewportSize({ width: 1440, height: 900 })
    await app.screenshot('load-invalid-1440x900-en')

    // In Chinese too, and a ramp needs a duration.
    await app.language('zh')
    await expect(load.problem('users')).toHaveText('必填。')
    await load.fill({ botUrl: '', users: '5', rate: '5', rampTo: '10', seed: '' })
    await load.id('load-mix-weight').first().fill('1')
    await expect(load.problem('rampTo')).toHaveAttribute('data-code', 'rampNeedsDuration')
    await load.fill({ duration: '1' })
    await expect(load.summary).toBeHidden()
    await app.language('en')
  })

  test('a run started through the control API shows live; a bot that falls behind', async ({
    page,
    core,
  }) => {
    // Sixteen screenshots and eight axe passes after a ramp of several seconds: bounded work that
    // outlasts the default 30 s on a loaded two-core machine.
    test.slow()
    const bot = await queueBot(40)
    try {
      const { app, load } = await openLoad(page, core)
      const runId = `api-${Date.now()}`
      // As `mpsim load` attached to this core: the panel learns of the run from its events.
      const finished = runLoadApi(core, {
        runId,
        botUrl: bot.url,
        users: 50,
        rate: 5,
        rampTo: 80,
        durationMs: 8000,
        mix: [
          { typeId: 'text', weight: 70 },
          { typeId: 'event.CLICK', weight: 20 },
          { typeId: 'location', weight: 10 },
        ],
        seed: 'e2e',
        // A shorter deadline than WeChat's keeps the run short; the chart draws both.
        timeoutMs: 1000,
        attempts: 2,
      })
      await expect(load.run).toHaveAttribute('data-run-id', runId)
      await expect(load.run).toHaveAttribute('data-status', 'running')
      await expect(load.stop).toBeVisible()
      const report = await finished
      await expect(load.run).toHaveAttribute('data-status', 'finished')
      expect(report.outcomes['service-unavailable']).toBeGreaterThan(0)
      expect(await load.value('service-unavailable')).toBe(report.outcomes['service-unavailable'])
      expect(await load.value('sent')).toBe(report.messages)
      expect(await load.value('retries')).toBe(report.retries)
      await expect(load.verdict).toHaveAttribute('data-outcome', 'failed')
      await expect(load.id('load-verdict-head')).toContainText(
        'Your bot does not survive a rate climbing from 5 to 80 messages per second',
      )
      await expect(load.id('load-verdict-why')).toContainText('with no answer within 1 s')
      if (report.breakingRate !== undefined) {
        await expect(load.id('load-verdict-ramp')).toContainText('It stopped keeping up at')
        await expect(load.id('load-chart-broke')).toBeVisible()
      }
      await expect(load.id('load-chart-run-deadline')).toHaveCount(1)

      const problems: string[] = []
      await forEachLook(page, app, async ({ width, height, scheme, lang }) => {
        for (const view of ['rate', 'time'] as const) {
          await load.id(`load-chart-view-${view}`).click()
          await expect(load.id(`load-chart-${view}`)).toBeVisible()
          await load.chart.evaluate((el) => el.scrollIntoView({ block: 'end' }))
          await app.screenshot(`load-ramp-${view}-${width}x${height}-${scheme}-${lang}`)
        }
        if (width === 1440) {
          for (const line of await seriousViolations(new AxeBuilder({ page })))
            problems.push(`${scheme} ${lang}: ${line}`)
        }
      })
      expect(problems, problems.join('\n')).toEqual([])
    } finally {
      await bot.close()
    }
  })
})
