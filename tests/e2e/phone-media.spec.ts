/**
 * Media in the phone: a picture the bot uploaded shows as the picture (passive reply and
 * customer-service message), an unknown media_id as WeChat's broken picture with the reason, the
 * user sending a photo of their own and the sample voice, the typing indicator in the title, a
 * template card with its title and lines, a mass message, and picking an avatar. Bots here are a
 * few lines written in the test; they call the mock platform the way SDKs do (support/platform-bot).
 */
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { AppPage } from './pages/app'
import { PhonePage } from './pages/phone'
import type { RunningCore } from '../../src/core/start-core'
import { startTinyServer } from '../helpers/tiny-server'
import { seriousViolations } from './support/axe'
import { forEachLook } from './support/looks'
import { botApi, replyXml, tinyJpeg } from './support/platform-bot'

/** A user of the test's own, so its chat holds only what the test sent. */
function ownUser(core: RunningCore, openid: string, nickname: string) {
  const base = core.workspace.directory.listUsers()[0]!
  core.workspace.directory.putUser({ ...base, openid, nickname, subscribed: true })
  return openid
}

async function openAs(page: Page, core: RunningCore, openid: string) {
  const app = new AppPage(page)
  const phone = new PhonePage(page)
  await app.open(core.uiUrl, 'en')
  await phone.pickUser(openid)
  await phone.ready()
  return { app, phone }
}

/** The picture inside a locator has loaded (a real image, not a broken one). */
async function expectLoaded(img: Locator) {
  await expect(img).toBeVisible()
  await expect
    .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
    .toBeGreaterThan(0)
}

test.describe('Phone media', () => {
  test('a picture the bot uploaded shows in the phone, as a reply and as a customer-service message', async ({
    page,
    core,
  }) => {
    const api = await botApi(core)
    const mediaId = await api.upload('image', 'sunrise.jpg', tinyJpeg(), 'image/jpeg')
    const bot = await startTinyServer((_req, res, body) => {
      res.writeHead(200, { 'Content-Type': 'application/xml' })
      res.end(
        replyXml(
          body.toString(),
          'image',
          `<Image><MediaId><![CDATA[${mediaId}]]></MediaId></Image>`,
        ),
      )
    })
    const account = core.workspace.directory.listAccounts()[0]!
    core.workspace.directory.putAccount({ ...account, botUrl: bot.url })
    try {
      const openid = ownUser(core, 'oMediaReplyUser0000000000001', 'Media reply')
      const { phone } = await openAs(page, core, openid)
      const id = await phone.say('a picture please')
      const reply = phone.reply(id)
      await expect(reply).toHaveAttribute('data-kind', 'image')
      await expectLoaded(reply.locator('img.bubble__img'))

      const sent = await api.call('/cgi-bin/message/custom/send', {
        touser: openid,
        msgtype: 'image',
        image: { media_id: mediaId },
      })
      expect(sent.errcode ?? 0).toBe(0)
      const last = phone.lastBot()
      await expect(last).toHaveAttribute('data-source', 'custom-send')
      await expectLoaded(last.locator('img.bubble__img'))
    } finally {
      core.workspace.directory.putAccount(account)
      await bot.close()
    }
  })

  test('a media_id the platform does not know shows a broken picture and why', async ({
    page,
    core,
  }) => {
    const bot = await startTinyServer((_req, res, body) => {
      res.writeHead(200, { 'Content-Type': 'application/xml' })
      res.end(
        replyXml(
          body.toString(),
          'image',
          '<Image><MediaId><![CDATA[never-uploaded-id]]></MediaId></Image>',
        ),
      )
    })
    const account = core.workspace.directory.listAccounts()[0]!
    core.workspace.directory.putAccount({ ...account, botUrl: bot.url })
    try {
      const openid = ownUser(core, 'oMediaBrokenUser000000000001', 'Broken media')
      const { phone } = await openAs(page, core, openid)
      const id = await phone.say('a missing picture')
      const reply = phone.reply(id)
      await expect(reply.getByTestId('phone-media-broken')).toHaveAttribute('data-why', 'unknown')
      await expect(reply.getByTestId('phone-media-why')).toContainText('never-uploaded-id')
      await expect(reply.getByTestId('phone-media-why')).toContainText('never uploaded')
      await reply.getByTestId('phone-media-why').click()
      await expect(page.getByTestId('inspector-detail')).toBeVisible()
    } finally {
      core.workspace.directory.putAccount(account)
      await bot.close()
    }
  })

  test('the user sends a photo they pick, and the sample voice', async ({ page, core }) => {
    const openid = ownUser(core, 'oMediaSendUser00000000000001', 'Photo sender')
    const { phone } = await openAs(page, core, openid)
    const photos = phone.bubbles('user').and(page.locator('[data-kind="image"]'))
    await phone.sendFile('image', {
      name: 'me.jpg',
      mimeType: 'image/jpeg',
      buffer: tinyJpeg(120, 90),
    })
    await expect(photos).toHaveCount(1)
    await expectLoaded(photos.last().locator('img.bubble__img'))
    // The push carried a MediaId the platform stored with the user as its origin.
    const push = core.workspace.exchangeLog
      .recent()
      .filter((e) => e.kind === 'push' && e.openid === openid)
      .at(-1)
    expect(push?.kind === 'push' && push.analysis.plainXml).toContain('<MediaId>')

    await phone.plus('voice')
    const voice = phone.bubbles('user').and(page.locator('[data-kind="voice"]')).last()
    await expect(voice.getByTestId('phone-media')).toHaveAttribute('data-media', 'voice')
    await expect(voice.getByTestId('phone-media')).toContainText('″')
  })

  test('a picked file of the wrong type is refused with a clear message', async ({
    page,
    core,
  }) => {
    const openid = ownUser(core, 'oMediaWrongUser0000000000001', 'Wrong file')
    const { phone } = await openAs(page, core, openid)
    await phone.sendFile('image', {
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a picture'),
    })
    await expect(phone.sendError).toBeVisible()
  })

  test('typing shows in the title until the message arrives', async ({ page, core }) => {
    const api = await botApi(core)
    const openid = ownUser(core, 'oMediaTypingUser000000000001', 'Typing watcher')
    const { phone } = await openAs(page, core, openid)
    await phone.say('are you typing?')
    const typing = await api.call('/cgi-bin/message/custom/typing', {
      touser: openid,
      command: 'Typing',
    })
    expect(typing.errcode ?? 0).toBe(0)
    await expect(page.getByTestId('phone-typing')).toHaveText('Typing…')
    await new AppPage(page).language('zh')
    await expect(page.getByTestId('phone-typing')).toHaveText('对方正在输入...')
    await api.call('/cgi-bin/message/custom/send', {
      touser: openid,
      msgtype: 'text',
      text: { content: 'done typing' },
    })
    await expect(page.getByTestId('phone-typing')).toHaveCount(0)
    await expect(phone.title).toHaveText(core.workspace.directory.listAccounts()[0]!.name)
  })

  test('a template card shows the template’s title and lines; a mass message reaches every chat', async ({
    page,
    core,
  }) => {
    const api = await botApi(core)
    const first = ownUser(core, 'oMediaMassUserA0000000000001', 'Mass A')
    const second = ownUser(core, 'oMediaMassUserB0000000000001', 'Mass B')
    const list = await api.call<{ template_list: { template_id: string; title: string }[] }>(
      '/cgi-bin/template/get_all_private_template',
    )
    const template = list.template_list[0]! as {
      template_id: string
      title: string
      content: string
    }
    // A value for every {{key.DATA}} of the template, as a bot reading it would send.
    const keys = [...template.content.matchAll(/\{\{(\w+)\.DATA\}\}/g)].map((m) => m[1]!)
    const data = Object.fromEntries(keys.map((key) => [key, { value: `V-${key}` }]))
    const sent = await api.call('/cgi-bin/message/template/send', {
      touser: first,
      template_id: template.template_id,
      data,
    })
    expect(sent.errcode ?? 0).toBe(0)
    const { phone } = await openAs(page, core, first)
    const card = phone.lastBot().getByTestId('phone-template')
    await expect(card.getByTestId('phone-template-title')).toHaveText(template.title)
    await expect(card).toHaveAttribute('data-rendered', 'true')
    await expect(card).toContainText(`V-${keys.at(-1)}`)

    const mass = await api.call('/cgi-bin/message/mass/send', {
      touser: [first, second],
      msgtype: 'text',
      text: { content: 'to everyone' },
    })
    expect(mass.errcode ?? 0).toBe(0)
    for (const openid of [first, second]) {
      await phone.pickUser(openid)
      await expect(phone.lastBot()).toHaveAttribute('data-source', 'mass-send')
      await expect(phone.lastBot()).toContainText('to everyone')
    }
  })

  test('avatars come from the platform; a picked one replaces it, reset brings the generated one back', async ({
    page,
    core,
  }) => {
    const openid = ownUser(core, 'oMediaAvatarUser000000000001', 'Avatar user')
    const user = core.workspace.directory.listUsers().find((u) => u.openid === openid)!
    core.workspace.directory.putUser({
      ...user,
      headimgurl: `http://127.0.0.1:5175/__mpsim/avatar/${openid}/132`,
    })
    const { phone } = await openAs(page, core, openid)
    const chip = phone.user(openid).getByTestId('avatar-img')
    await expectLoaded(chip)
    // The default port in the stored URL is moved to where the platform listens.
    await expect(chip).toHaveAttribute('src', new RegExp(`^${core.platformUrl}/__mpsim/avatar/`))

    await page.getByTestId('phone-user-edit').click()
    await page.getByTestId('phone-avatar-file').setInputFiles({
      name: 'face.jpg',
      mimeType: 'image/jpeg',
      buffer: tinyJpeg(200, 200),
    })
    await expect(page.getByTestId('phone-avatar-note')).toHaveText('Avatar updated.')
    await expect(chip).toHaveAttribute('src', /[?&]v=\d+/)
    await expectLoaded(chip)
    expect(
      await new AxeBuilder({ page })
        .include('[data-testid="phone-user-dialog"]')
        .analyze()
        .then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')),
    ).toEqual([])
    await page.getByTestId('phone-avatar-reset').click()
    await expect(page.getByTestId('phone-avatar-note')).toHaveText('Avatar updated.')
  })

  test('looks: media in the chat at both sizes, themes and languages, axe clean', async ({
    page,
    core,
  }) => {
    test.setTimeout(120_000)
    const api = await botApi(core)
    const mediaId = await api.upload('image', 'look.jpg', tinyJpeg(160, 120), 'image/jpeg')
    const openid = ownUser(core, 'oMediaLooksUser0000000000001', '小媒')
    const { app, phone } = await openAs(page, core, openid)
    await phone.sendFile('image', {
      name: 'me.jpg',
      mimeType: 'image/jpeg',
      buffer: tinyJpeg(120, 90),
    })
    await expect(phone.bubbles('user').and(page.locator('[data-kind="image"]'))).toHaveCount(1)
    await api.call('/cgi-bin/message/custom/send', {
      touser: openid,
      msgtype: 'image',
      image: { media_id: mediaId },
    })
    await api.call('/cgi-bin/message/custom/send', {
      touser: openid,
      msgtype: 'image',
      image: { media_id: 'gone-id' },
    })
    await phone.plus('voice')
    await expect(page.getByTestId('phone-media').last()).toHaveAttribute('data-media', 'voice')
    await expect(page.getByTestId('phone-media-broken')).toHaveCount(1)
    await forEachLook(page, app, async (look) => {
      await app.screenshot(`phone-media-${look.lang}-${look.scheme}-${look.width}`)
      expect(
        await seriousViolations(new AxeBuilder({ page }).include('[data-testid="phone-area"]')),
      ).toEqual([])
    })
    // The + panel's action sheet.
    await page.getByTestId('phone-plus').click()
    await page.getByTestId('phone-plus-image').click()
    await expect(page.getByTestId('phone-media-pick')).toBeFocused()
    await app.screenshot('phone-media-sheet')
    expect(
      await seriousViolations(
        new AxeBuilder({ page }).include('[data-testid="phone-media-sheet"]'),
      ),
    ).toEqual([])
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('phone-media-sheet')).toHaveCount(0)
  })
})
