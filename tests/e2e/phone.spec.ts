/**
 * The phone: WeChat's chat for the user holding it — replies of every kind from the sample bot,
 * the + panel, follow/unfollow events, the custom menu created through the mock platform, users.
 */
import { test, expect } from './fixtures'
import { AppPage, PhonePage } from './pages/app'
import type { RunningCore } from '../../src/core/start-core'

async function platformToken(core: RunningCore): Promise<string> {
  const a = core.workspace.directory.listAccounts()[0]!
  const res = await fetch(
    `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${a.appId}&secret=${a.appSecret}`,
  )
  return ((await res.json()) as { access_token: string }).access_token
}

test.describe('Phone', () => {
  test('text, news, music and image replies appear as WeChat bubbles', async ({ page, core }) => {
    const app = new AppPage(page)
    const phone = new PhonePage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await expect(phone.title).toHaveText(core.workspace.directory.listAccounts()[0]!.name)

    const hello = await phone.say('hello')
    await expect(phone.reply(hello)).toHaveAttribute('data-kind', 'text')
    const news = await phone.say('图文')
    await expect(phone.reply(news)).toHaveAttribute('data-kind', 'news')
    await expect(phone.lastBot().locator('.news__title')).toContainText('OAuth')
    const music = await phone.say('音乐')
    await expect(phone.reply(music)).toHaveAttribute('data-kind', 'music')
    const image = await phone.say('图片')
    await expect(phone.reply(image)).toHaveAttribute('data-kind', 'image')
    await expect(phone.lastBot()).toContainText('mpsim-demo-image-media-id')
    // The reply bubbles belong to the exchanges the inspector lists.
    const id = await phone.lastBot().getAttribute('data-exchange-id')
    expect(core.workspace.exchangeLog.byId(id ?? '')?.verdict?.outcome).toBe('reply')
    await app.screenshot('phone-en')
    await app.language('zh')
    await expect(page.getByTestId('phone-input')).toHaveAttribute('placeholder', '发消息')
    await app.screenshot('phone-zh')
  })

  test('a location and a photo from the + panel are sent and answered', async ({ page, core }) => {
    const app = new AppPage(page)
    const phone = new PhonePage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await expect(page.getByTestId('phone')).toHaveAttribute('data-loaded', 'true')
    const bots = await phone.bubbles('bot').count()
    await phone.plus('location')
    await expect(phone.bubbles('user').last()).toHaveAttribute('data-kind', 'location')
    await expect(phone.bubbles('bot')).toHaveCount(bots + 1)
    await expect(phone.lastBot()).toContainText('Got your location')
    // A photo: the user's picture bubble, and the bot's answer naming its PicUrl.
    await phone.plus('image')
    await expect(phone.bubbles('user').last()).toHaveAttribute('data-kind', 'image')
    await expect(phone.bubbles('bot')).toHaveCount(bots + 2)
    await expect(phone.lastBot()).toContainText('Got your image')
  })

  test('unfollow and follow send the events and change the input bar', async ({ page, core }) => {
    const app = new AppPage(page)
    const phone = new PhonePage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    const second = core.workspace.directory.listUsers()[1]!
    await phone.user(second.openid).click()
    await expect(phone.user(second.openid)).toHaveAttribute('aria-selected', 'true')

    await phone.followToggle().click()
    await expect(phone.unfollowed).toBeVisible()
    await expect(phone.input).toHaveCount(0)
    expect(core.workspace.directory.user(second.openid)?.subscribed).toBe(false)
    await phone.unfollowed.getByRole('button').click()
    await expect(phone.input).toBeVisible()
    expect(core.workspace.directory.user(second.openid)?.subscribed).toBe(true)
    const titles = core.workspace.exchangeLog
      .recent()
      .filter((e) => e.openid === second.openid)
      .map((e) => e.title)
    expect(titles.slice(-2)).toEqual(['event.unsubscribe', 'event.subscribe'])
    // The subscribe event's welcome reply shows; the events themselves are developer notes.
    await expect(phone.bubbles('dev').filter({ hasText: 'subscribe' }).first()).toBeVisible()
  })

  test('a custom menu created by the bot appears, and a click sends event.CLICK', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    const phone = new PhonePage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await expect(phone.menu).toHaveCount(0)
    const token = await platformToken(core)
    const menu = {
      button: [
        { type: 'click', name: '今日歌曲', key: '音乐' },
        { name: '菜单', sub_button: [{ type: 'click', name: '帮助', key: 'help' }] },
      ],
    }
    const created = await fetch(`${core.platformUrl}/cgi-bin/menu/create?access_token=${token}`, {
      method: 'POST',
      body: JSON.stringify(menu),
    })
    expect(((await created.json()) as { errcode: number }).errcode).toBe(0)
    try {
      await expect(phone.menu).toBeVisible()
      await page.getByTestId('phone-menu-button').first().click()
      await expect(phone.lastBot()).toHaveAttribute('data-kind', 'music')
      const last = core.workspace.exchangeLog.recent().at(-1)
      expect(last?.title).toBe('event.CLICK')
      expect(last?.attempts[0]?.request.body.text).toContain(
        '<EventKey><![CDATA[音乐]]></EventKey>',
      )
      // A sub-menu pops up above its button.
      await page.getByTestId('phone-menu-button').nth(1).click()
      await page.getByTestId('phone-menu-item').first().click()
      await expect(phone.lastBot()).toHaveAttribute('data-kind', 'text')
    } finally {
      await fetch(`${core.platformUrl}/cgi-bin/menu/delete?access_token=${token}`)
    }
    await expect(phone.menu).toHaveCount(0)
  })

  test('add a user, then chat as them', async ({ page, core }) => {
    const app = new AppPage(page)
    const phone = new PhonePage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await page.getByTestId('phone-user-add').click()
    await page.getByTestId('phone-user-save').click()
    // The nickname is required: the core says so and the dialog stays open.
    await expect(page.getByTestId('phone-user-error-nickname')).toBeVisible()
    await page.getByTestId('phone-user-field-nickname').fill('赵六')
    await page.getByTestId('phone-user-save').click()
    await expect(page.getByTestId('phone-user-dialog')).toHaveCount(0)
    const added = core.workspace.directory.listUsers().find((u) => u.nickname === '赵六')
    expect(added?.openid).toMatch(/^o[A-Za-z0-9_-]{27}$/)
    await expect(phone.user(added!.openid)).toHaveAttribute('aria-selected', 'true')
    await phone.say('hello')
    await expect(phone.bubbles('bot')).toHaveCount(1)
    expect(core.workspace.exchangeLog.recent().at(-1)?.openid).toBe(added!.openid)
  })
})
