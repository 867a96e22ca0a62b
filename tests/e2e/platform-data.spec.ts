/**
 * The Account data panel: the media a bot uploaded (thumbnail, kind, expiry, delete), QR codes
 * (the picture showqrcode serves, "scan with the phone"), tags and the blacklist, and the
 * template editor (add, edit, delete — what get_all_private_template then answers). The bot's
 * calls are written the way SDKs make them (support/platform-bot).
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { AppPage } from './pages/app'
import { seriousViolations } from './support/axe'
import { forEachLook } from './support/looks'
import { botApi, tinyJpeg } from './support/platform-bot'

async function openPanel(page: Page, url: string) {
  const app = new AppPage(page)
  await app.open(url, 'en')
  await page.getByTestId('nav-platform-data').click()
  await expect(page.getByTestId('platform-data')).toBeVisible()
  return app
}

/** The panel's delete buttons ask first (window.confirm): say yes. */
function acceptConfirms(page: Page) {
  page.on('dialog', (dialog) => void dialog.accept())
}

test.describe('Account data', () => {
  test('media: what the bot uploaded is listed with its picture; delete removes it', async ({
    page,
    core,
  }) => {
    const api = await botApi(core)
    const mediaId = await api.upload('image', 'panel-photo.jpg', tinyJpeg(), 'image/jpeg')
    await openPanel(page, core.uiUrl)
    const row = page.locator(`[data-testid="pd-media-row"][data-media-id="${mediaId}"]`)
    await expect(row).toContainText('panel-photo.jpg')
    await expect(row).toContainText('Temporary')
    await expect(row).toHaveAttribute('data-expired', 'false')
    const thumb = row.locator('img.pd-thumb')
    await expect
      .poll(() => thumb.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
      .toBeGreaterThan(0)

    acceptConfirms(page)
    await row.getByTestId('pd-media-delete').click()
    await expect(row).toHaveCount(0)
    const after = await api.call('/cgi-bin/media/get?media_id=' + mediaId)
    expect(after.errcode).toBe(40007)
  })

  test('a media upload by the bot appears without a click', async ({ page, core }) => {
    await openPanel(page, core.uiUrl)
    const api = await botApi(core)
    const mediaId = await api.upload('image', 'live.jpg', tinyJpeg(), 'image/jpeg')
    await expect(
      page.locator(`[data-testid="pd-media-row"][data-media-id="${mediaId}"]`),
    ).toBeVisible()
  })

  test('QR codes: the picture and scene; scanning sends the bot the event', async ({
    page,
    core,
  }) => {
    const api = await botApi(core)
    const created = await api.call<{ ticket: string }>('/cgi-bin/qrcode/create', {
      expire_seconds: 600,
      action_name: 'QR_STR_SCENE',
      action_info: { scene: { scene_str: 'panel-scene' } },
    })
    expect(created.ticket).toBeTruthy()
    await openPanel(page, core.uiUrl)
    await page.getByTestId('pd-tab-qr').click()
    const item = page.locator(`[data-testid="pd-qr-item"][data-ticket="${created.ticket}"]`)
    await expect(item.getByTestId('pd-qr-scene')).toContainText('panel-scene')
    const img = item.locator('img.pd-qr__img')
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
      .toBeGreaterThan(0)
    const before = core.workspace.exchangeLog.recent().length
    await item.getByTestId('pd-qr-scan').click()
    await expect(item.getByTestId('pd-qr-scanned')).toBeVisible()
    const scan = core.workspace.exchangeLog
      .recent()
      .slice(before)
      .find((e) => e.kind === 'push')
    expect(scan?.kind === 'push' && scan.analysis.plainXml).toContain('panel-scene')
  })

  test('tags: the bot’s tags with their counts', async ({ page, core }) => {
    const api = await botApi(core)
    const created = await api.call<{ tag: { id: number } }>('/cgi-bin/tags/create', {
      tag: { name: '面板标签' },
    })
    const openid = core.workspace.directory.listUsers()[0]!.openid
    await api.call('/cgi-bin/tags/members/batchtagging', {
      openid_list: [openid],
      tagid: created.tag.id,
    })
    await openPanel(page, core.uiUrl)
    await page.getByTestId('pd-tab-tags').click()
    const row = page.locator(`[data-testid="pd-tag-row"][data-tag-id="${created.tag.id}"]`)
    await expect(row).toContainText('面板标签')
    await expect(row.locator('td').last()).toHaveText('1')
  })

  test('tags: create, tag a user, rename, blacklist and delete from the app; looks', async ({
    page,
    core,
  }) => {
    // 4 looks, each with an axe run.
    test.setTimeout(120_000)
    acceptConfirms(page)
    const app = await openPanel(page, core.uiUrl)
    const user = core.workspace.directory.listUsers().find((u) => u.subscribed)!
    await page.getByTestId('pd-tab-tags').click()

    // Create by keyboard: type, Enter.
    await page.getByTestId('pd-tag-new-name').fill('新客户')
    await page.getByTestId('pd-tag-new-name').press('Enter')
    const row = page.getByTestId('pd-tag-row').filter({ hasText: '新客户' })
    await expect(row).toHaveCount(1)
    const tagId = Number(await row.getAttribute('data-tag-id'))
    await expect(row.getByTestId('pd-tag-count')).toHaveText('0')

    // A taken name is refused with the reason.
    await page.getByTestId('pd-tag-new-name').fill('新客户')
    await page.getByTestId('pd-tag-create').click()
    await expect(page.getByTestId('pd-tag-error')).toBeVisible()

    // Tag the user: the count follows, and the bot sees it.
    const userRow = page.locator(`[data-testid="pd-tag-user"][data-openid="${user.openid}"]`)
    const box = userRow.locator(`[data-testid="pd-user-tag"][data-tag-id="${tagId}"] input`)
    await box.focus()
    await page.keyboard.press('Space')
    await expect(box).toBeChecked()
    await expect(row.getByTestId('pd-tag-count')).toHaveText('1')
    const api = await botApi(core)
    const ids = await api.call<{ tagid_list: number[] }>('/cgi-bin/tags/getidlist', {
      openid: user.openid,
    })
    expect(ids.tagid_list).toContain(tagId)

    // Rename inline.
    await row.getByTestId('pd-tag-rename').click()
    await expect(page.getByTestId('pd-tag-rename-name')).toBeFocused()
    await page.getByTestId('pd-tag-rename-name').fill('老客户')
    await page.getByTestId('pd-tag-rename-name').press('Enter')
    const renamed = page.locator(`[data-testid="pd-tag-row"][data-tag-id="${tagId}"]`)
    await expect(renamed.getByTestId('pd-tag-name')).toHaveText('老客户')

    // Blacklist the user.
    await userRow.getByTestId('pd-user-blacklist').focus()
    await page.keyboard.press('Space')
    await expect(userRow.getByTestId('pd-user-blacklist')).toBeChecked()
    await expect(page.getByTestId('pd-blacklist')).toContainText(user.openid)
    const black = await api.call<{ data?: { openid: string[] } }>(
      '/cgi-bin/tags/members/getblacklist',
      {},
    )
    expect(black.data?.openid).toContain(user.openid)

    await forEachLook(page, app, async (look) => {
      await page.getByTestId('pd-tag-rename').first().click()
      await expect(page.getByTestId('pd-tag-rename-name')).toBeFocused()
      await app.screenshot(`platform-data-tags-edit-${look.lang}-${look.scheme}-${look.width}`)
      expect(
        await seriousViolations(new AxeBuilder({ page }).include('[data-testid="platform-data"]')),
      ).toEqual([])
      await page.getByTestId('pd-tag-rename-name').press('Escape')
      await expect(page.getByTestId('pd-tag-rename-form')).toHaveCount(0)
    })

    // Delete asks first, then the tag is gone from the user too.
    await renamed.getByTestId('pd-tag-delete').click()
    await expect(renamed).toHaveCount(0)
    expect(core.workspace.directory.user(user.openid)?.tagIds).not.toContain(tagId)

    // Unblock: the user's messages reach the bot again (later tests on this core chat as them).
    await userRow.getByTestId('pd-user-blacklist').focus()
    await page.keyboard.press('Space')
    await expect(userRow.getByTestId('pd-user-blacklist')).not.toBeChecked()
    const after = await api.call<{ data?: { openid: string[] } }>(
      '/cgi-bin/tags/members/getblacklist',
      {},
    )
    expect(after.data?.openid ?? []).not.toContain(user.openid)
  })

  test('templates: add, edit and delete; the API answers the edited list', async ({
    page,
    core,
  }) => {
    acceptConfirms(page)
    await openPanel(page, core.uiUrl)
    await page.getByTestId('pd-tab-templates').click()
    await page.getByTestId('pd-template-add').click()
    await page.getByTestId('pd-template-title').fill('到货提醒')
    await page
      .getByTestId('pd-template-content')
      .fill('{{first.DATA}}\n商品：{{keyword1.DATA}}\n{{remark.DATA}}')
    await page.getByTestId('pd-template-save').click()
    const added = page.getByTestId('pd-template').filter({ hasText: '到货提醒' })
    await expect(added).toHaveCount(1)
    const templateId = (await added.getAttribute('data-template-id'))!

    await added.getByTestId('pd-template-edit').click()
    await page.getByTestId('pd-template-title').fill('到货提醒（新）')
    await page.getByTestId('pd-template-save').click()
    const edited = page.locator(`[data-testid="pd-template"][data-template-id="${templateId}"]`)
    await expect(edited.getByTestId('pd-template-name')).toHaveText('到货提醒（新）')

    const api = await botApi(core)
    const list = await api.call<{ template_list: { template_id: string; title: string }[] }>(
      '/cgi-bin/template/get_all_private_template',
    )
    expect(list.template_list.find((t) => t.template_id === templateId)?.title).toBe(
      '到货提醒（新）',
    )

    await edited.getByTestId('pd-template-delete').click()
    await expect(edited).toHaveCount(0)
  })

  test('tabs by keyboard; looks at both sizes, themes and languages, axe clean', async ({
    page,
    core,
  }) => {
    // 4 looks × 4 tabs, each with an axe run.
    test.setTimeout(180_000)
    const api = await botApi(core)
    await api.upload('image', 'looks.jpg', tinyJpeg(), 'image/jpeg')
    await api.call('/cgi-bin/qrcode/create', {
      action_name: 'QR_LIMIT_SCENE',
      action_info: { scene: { scene_id: 42 } },
    })
    const app = await openPanel(page, core.uiUrl)
    await page.getByTestId('pd-tab-media').focus()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByTestId('pd-tab-qr')).toBeFocused()
    await expect(page.getByTestId('pd-tab-qr')).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('End')
    await expect(page.getByTestId('pd-tab-templates')).toHaveAttribute('aria-selected', 'true')

    await forEachLook(page, app, async (look) => {
      for (const tab of ['media', 'qr', 'tags', 'templates'] as const) {
        await page.getByTestId(`pd-tab-${tab}`).click()
        await expect(page.getByTestId(`pd-tab-${tab}`)).toHaveAttribute('aria-selected', 'true')
        await expect(page.getByRole('tabpanel').getByRole('status')).toHaveCount(0)
        await app.screenshot(`platform-data-${tab}-${look.lang}-${look.scheme}-${look.width}`)
        expect(
          await seriousViolations(
            new AxeBuilder({ page }).include('[data-testid="platform-data"]'),
          ),
        ).toEqual([])
      }
    })
    // The editor open, with focus on its first field.
    await page.getByTestId('pd-template-add').click()
    await expect(page.getByTestId('pd-template-title')).toBeFocused()
    await app.screenshot('platform-data-template-form')
    expect(
      await seriousViolations(new AxeBuilder({ page }).include('[data-testid="platform-data"]')),
    ).toEqual([])
  })
})
