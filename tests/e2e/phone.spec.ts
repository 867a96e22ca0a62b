/**
 * The phone: WeChat's chat for the user holding it — replies of every kind from the sample bot,
 * the + panel, follow/unfollow events, the custom menu and messages the bot sends through the mock
 * platform's API, users. The core is shared by the whole run: menus, bot URLs and follow states
 * are put back, and each test chats as its own user where it can.
 */
import { test, expect } from './fixtures'
import { AppPage } from './pages/app'
import { PhonePage } from './pages/phone'
import type { RunningCore } from '../../src/core/start-core'
import { startTinyServer } from '../helpers/tiny-server'

/** The bot's side of the mock platform: an access_token, then JSON APIs (protocol.md §10). */
async function platformApi(core: RunningCore) {
  const a = core.workspace.directory.listAccounts()[0]!
  const res = await fetch(
    `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${a.appId}&secret=${a.appSecret}`,
  )
  const { access_token: token } = (await res.json()) as { access_token: string }
  const call = async (path: string, body?: unknown): Promise<{ errcode?: number }> => {
    const url = `${core.platformUrl}${path}?access_token=${token}`
    const answer = await fetch(
      url,
      body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) },
    )
    return (await answer.json()) as { errcode?: number }
  }
  return { call }
}

/** The first of the account's own templates (a fresh account has three; made-up ids get 40037). */
async function firstTemplateId(core: RunningCore): Promise<string> {
  const a = core.workspace.directory.listAccounts()[0]!
  const res = await fetch(
    `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${a.appId}&secret=${a.appSecret}`,
  )
  const { access_token: token } = (await res.json()) as { access_token: string }
  const list = await fetch(
    `${core.platformUrl}/cgi-bin/template/get_all_private_template?access_token=${token}`,
  )
  const { template_list: templates } = (await list.json()) as {
    template_list: { template_id: string }[]
  }
  return templates[0]!.template_id
}

function userAt(core: RunningCore, index: number) {
  return core.workspace.directory.listUsers()[index]!
}

function lastExchanges(core: RunningCore, openid: string, count: number) {
  return core.workspace.exchangeLog
    .recent()
    .filter((e) => e.openid === openid && e.kind === 'push')
    .slice(-count)
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
    await expect(phone.reply(news).locator('a').first()).toHaveAttribute('target', '_blank')
    const music = await phone.say('音乐')
    await expect(phone.reply(music)).toHaveAttribute('data-kind', 'music')
    const image = await phone.say('图片')
    await expect(phone.reply(image)).toHaveAttribute('data-kind', 'image')
    // The sample bot uploaded its photo to /cgi-bin/media/upload: the bubble loads the real picture.
    const picture = phone.reply(image).locator('img')
    await expect(picture).toBeVisible()
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0)
    // The reply bubbles belong to the exchanges the inspector lists.
    expect(core.workspace.exchangeLog.byId(image)?.verdict?.outcome).toBe('reply')
  })

  test('a push sent from elsewhere shows as sending while its retries run, then its answer', async ({
    page,
    core,
  }) => {
    const hang = await startTinyServer(() => undefined)
    const before = core.workspace.settings.push
    // Long enough (two attempts of 2.5 s) that a loaded machine still sees the push on its way.
    await core.workspace.updateSettings({ push: { attempts: 2, timeoutMs: 2500 } })
    try {
      const phone = new PhonePage(page)
      await new AppPage(page).open(core.uiUrl)
      // Another window (or the CLI) sends while this one watches.
      // To the user a freshly opened app shows (the account's first): an earlier spec on this
      // worker's core may have handed the engine's phone to another user.
      const [account] = core.workspace.directory.listAccounts()
      const [first] = core.workspace.directory.listUsers(account?.id)
      const sending = core.engine.send({
        typeId: 'text',
        values: { Content: 'slow one' },
        botUrl: hang.url,
        ...(first ? { openid: first.openid } : {}),
      })
      const onTheWay = phone.pending().filter({ hasText: 'slow one' })
      await expect(onTheWay).toHaveCount(1)
      await expect(onTheWay).toHaveAttribute('aria-busy', 'true')
      const exchange = await sending
      await expect(onTheWay).toHaveCount(0)
      // Both attempts timed out: the answer is WeChat's tip, under the same bubble.
      await expect(phone.bubbles('user').filter({ hasText: 'slow one' })).toHaveCount(1)
      expect(exchange.verdict?.outcome).toBe('service-unavailable')
    } finally {
      await core.workspace.updateSettings({ push: before })
      await hang.close()
    }
  })

  test('Enter sends, Shift+Enter starts a new line that the bubble keeps', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    const phone = new PhonePage(page)
    await app.open(core.uiUrl)
    await phone.ready()
    await phone.input.fill('first line')
    await phone.input.press('Shift+Enter')
    await phone.input.pressSequentially('second line')
    await expect(phone.pending()).toHaveCount(0)
    await phone.input.press('Enter')
    await expect(phone.input).toHaveValue('')
    const mine = phone.bubbles('user').last()
    await expect(mine).toContainText('second line')
    expect(await phone.content(mine).innerText()).toBe('first line\nsecond line')
    const id = (await mine.getAttribute('data-exchange-id')) ?? ''
    expect(core.workspace.exchangeLog.byId(id)?.attempts[0]?.request.body.text).toContain(
      'first line\nsecond line',
    )
    // The echo reply keeps the line break too (white-space: pre-wrap).
    await expect(phone.reply(id)).toContainText('second line')
  })

  test('a location, a photo and a link from the + panel are sent and answered', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    const phone = new PhonePage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await phone.ready()
    const bots = await phone.bubbles('bot').count()
    await phone.plus('location')
    await expect(phone.bubbles('user').last()).toHaveAttribute('data-kind', 'location')
    await expect(phone.bubbles('user').last()).toContainText('Tencent Binhai Building')
    await expect(phone.bubbles('bot')).toHaveCount(bots + 1)
    await expect(phone.lastBot()).toContainText('Got your location')
    await phone.plus('image')
    await expect(phone.bubbles('user').last()).toHaveAttribute('data-kind', 'image')
    await expect(phone.bubbles('bot')).toHaveCount(bots + 2)
    await expect(phone.lastBot()).toContainText('Got your image')
    await phone.plus('link')
    await expect(phone.bubbles('user').last()).toHaveAttribute('data-kind', 'link')
    await expect(phone.bubbles('bot')).toHaveCount(bots + 3)
    await expect(phone.lastBot()).toContainText('Got your link')
  })

  test('unfollow and follow send the events and change the input bar', async ({ page, core }) => {
    const app = new AppPage(page)
    const phone = new PhonePage(page)
    await app.open(core.uiUrl)
    await app.language('zh')
    const second = userAt(core, 1)
    await phone.pickUser(second.openid)

    await phone.followToggle.click()
    await expect(phone.unfollowed).toContainText('你已取消关注该公众号')
    await expect(phone.input).toHaveCount(0)
    await app.screenshot('phone-zh-unfollowed')
    expect(core.workspace.directory.user(second.openid)?.subscribed).toBe(false)
    // Events are invisible in WeChat: a developer note names them.
    await expect(phone.bubbles('dev').filter({ hasText: 'unsubscribe' }).last()).toContainText(
      '[取消关注事件 unsubscribe]',
    )
    await phone.followFromNotice().click()
    await expect(phone.input).toBeVisible()
    expect(core.workspace.directory.user(second.openid)?.subscribed).toBe(true)
    const titles = lastExchanges(core, second.openid, 2).map((e) => e.title)
    expect(titles).toEqual(['event.unsubscribe', 'event.subscribe'])
    // The welcome reply to the subscribe event shows as the bot's bubble.
    const subscribeId = lastExchanges(core, second.openid, 1)[0]!.id
    await expect(phone.reply(subscribeId)).toHaveAttribute('data-kind', 'text')
  })

  test('the custom menu created by the bot: click, sub-menu, location picker, keyboard switch', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    const phone = new PhonePage(page)
    const third = userAt(core, 2)
    await app.open(core.uiUrl)
    await app.language('en')
    await phone.pickUser(third.openid)
    await expect(phone.menu).toHaveCount(0)
    await expect(phone.noMenuHint).toBeVisible()
    const api = await platformApi(core)
    const created = await api.call('/cgi-bin/menu/create', {
      button: [
        { type: 'click', name: '今日歌曲', key: '音乐' },
        {
          name: '服务',
          sub_button: [
            { type: 'click', name: '帮助', key: 'V1001_HELP' },
            { type: 'location_select', name: '发送位置', key: 'rselfmenu_2_0' },
          ],
        },
      ],
    })
    expect(created.errcode).toBe(0)
    try {
      await expect(phone.menu).toBeVisible()
      await expect(phone.noMenuHint).toHaveCount(0)
      await phone.menuButton('今日歌曲').click()
      await expect(phone.lastBot()).toHaveAttribute('data-kind', 'music')
      const click = lastExchanges(core, third.openid, 1)[0]
      expect(click?.title).toBe('event.CLICK')
      expect(click?.attempts[0]?.request.body.text).toContain(
        '<EventKey><![CDATA[音乐]]></EventKey>',
      )
      await expect(phone.bubbles('dev').last()).toContainText('CLICK 音乐')

      // A sub-menu pops up above its button; Escape closes it.
      await phone.menuButton('服务').click()
      await expect(phone.menuItem('帮助')).toBeFocused()
      await page.keyboard.press('Escape')
      await expect(phone.menuItem('帮助')).toHaveCount(0)
      await phone.menuButton('服务').click()
      await phone.menuItem('帮助').click()
      await expect(phone.lastBot()).toContainText('V1001_HELP')

      // The location picker sends its event, then the place as an ordinary location message.
      await phone.menuButton('服务').click()
      await phone.menuItem('发送位置').click()
      await expect(phone.bubbles('user').last()).toHaveAttribute('data-kind', 'location')
      await expect(phone.lastBot()).toContainText('Got your location')
      const [event, location] = lastExchanges(core, third.openid, 2)
      expect(event?.title).toBe('event.location_select')
      expect(event?.attempts[0]?.request.body.text).toContain('<SendLocationInfo>')
      expect(location?.title).toBe('location')

      // The keyboard switch swaps the menu for the input bar and back.
      await phone.keyboardSwitch().click()
      await expect(phone.input).toBeVisible()
      await expect(phone.menu).toHaveCount(0)
      await phone.menuSwitch().click()
      await expect(phone.menu).toBeVisible()

      // The menu with a pop-up open, in WeChat's dark palette.
      await app.language('zh')
      await page.emulateMedia({ colorScheme: 'dark' })
      await expect(page.locator('body')).toHaveAttribute('data-weui-theme', 'dark')
      await phone.menuButton('服务').click()
      await expect(phone.menuItem('发送位置')).toBeVisible()
      await app.screenshot('phone-zh-menu-dark')
      await page.keyboard.press('Escape')
      await page.emulateMedia({ colorScheme: 'light' })
    } finally {
      await api.call('/cgi-bin/menu/delete')
    }
    await expect(phone.menu).toHaveCount(0)
    await expect(phone.input).toBeVisible()
  })

  test('customer-service and template messages the bot sends through the API', async ({
    page,
    core,
  }) => {
    const app = new AppPage(page)
    const phone = new PhonePage(page)
    const third = userAt(core, 2)
    await app.open(core.uiUrl)
    await app.language('zh')
    await phone.pickUser(third.openid)
    // The user writes first: that opens the 48-hour customer-service window.
    await phone.say('你好，在吗？')
    const api = await platformApi(core)
    const sent = await api.call('/cgi-bin/message/custom/send', {
      touser: third.openid,
      msgtype: 'text',
      text: { content: '订单已发货\n查看 <a href="http://127.0.0.1/orders/1">物流详情</a>' },
    })
    expect(sent.errcode).toBe(0)
    const custom = phone.bubbles('bot').filter({ hasText: '订单已发货' })
    await expect(custom).toHaveAttribute('data-source', 'custom-send')
    await expect(custom).toContainText('客服消息')
    const link = custom.getByRole('link', { name: '物流详情' })
    await expect(link).toHaveAttribute('href', 'http://127.0.0.1/orders/1')
    await expect(link).toHaveAttribute('target', '_blank')

    const template = await api.call('/cgi-bin/message/template/send', {
      touser: third.openid,
      template_id: await firstTemplateId(core),
      url: 'http://127.0.0.1/orders/1',
      // The keys of a fresh account's first template, 订单支付成功 (TM00015).
      data: {
        first: { value: '您的订单已发货' },
        orderMoneySum: { value: '30.00元' },
        orderProductName: { value: '顺丰速运礼盒' },
        Remark: { value: '感谢您的惠顾' },
      },
    })
    expect(template.errcode).toBe(0)
    const card = phone.bubbles('bot').last()
    await expect(card).toHaveAttribute('data-kind', 'template')
    await expect(card).toContainText('您的订单已发货')
    await expect(card).toContainText('顺丰速运')
    await expect(card.getByRole('link', { name: /详情/ })).toBeVisible()
  })

  test('a refused reply shows WeChat’s tip; “why?” opens the inspector', async ({ page, core }) => {
    // A bot answering JSON instead of XML: WeChat refuses it and shows its system tip.
    const bot = await startTinyServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end('{"reply":"hello"}')
    })
    const account = core.workspace.directory.listAccounts()[0]!
    core.workspace.directory.putAccount({ ...account, botUrl: bot.url })
    try {
      const app = new AppPage(page)
      const phone = new PhonePage(page)
      await app.open(core.uiUrl)
      await app.language('en')
      await phone.pickUser(userAt(core, 2).openid)
      const id = await phone.say('are you there?')
      await expect(phone.reply(id)).toHaveAttribute('data-from', 'system')
      // WeChat's own words, in every UI language.
      await expect(phone.reply(id)).toContainText('该公众号暂时无法提供服务，请稍后再试')
      await phone.whyLink().click()
      await expect(page.getByTestId('inspector-verdict')).toHaveAttribute(
        'data-outcome',
        'service-unavailable',
      )
    } finally {
      core.workspace.directory.putAccount(account)
      await bot.close()
    }
  })

  test('add a user (the core checks the fields), then chat as them', async ({ page, core }) => {
    const app = new AppPage(page)
    const phone = new PhonePage(page)
    await app.open(core.uiUrl)
    await app.language('en')
    await phone.addUser().click()
    await expect(phone.userField('nickname')).toBeFocused()
    await expect(phone.userField('openid')).toHaveValue(/^o[A-Za-z0-9_-]{27}$/)
    await phone.userField('headimgurl').fill('not a url')
    await phone.saveUser().click()
    // The nickname is required and the avatar must be a URL: the core says so, the dialog stays.
    await expect(phone.userFieldError('nickname')).toBeVisible()
    await expect(phone.userFieldError('headimgurl')).toBeVisible()
    await app.screenshot('phone-en-user-dialog')
    await phone.userField('nickname').fill('赵六')
    await phone.userField('headimgurl').fill('')
    await phone.saveUser().click()
    await expect(phone.dialog).toHaveCount(0)
    const added = core.workspace.directory.listUsers().find((u) => u.nickname === '赵六')
    expect(added?.openid).toMatch(/^o[A-Za-z0-9_-]{27}$/)
    await expect(phone.user(added!.openid)).toHaveAttribute('aria-selected', 'true')
    await phone.say('hello', 'enter')
    await expect(phone.bubbles('bot')).toHaveCount(1)
    expect(core.workspace.exchangeLog.recent().at(-1)?.openid).toBe(added!.openid)

    // Editing keeps the openid and changes what the switcher shows.
    await phone.editUser().click()
    await expect(phone.userField('openid')).toBeDisabled()
    await phone.userField('nickname').fill('赵六六')
    await phone.saveUser().click()
    await expect(phone.user(added!.openid)).toContainText('赵六六')
  })

  test('screenshots: a varied conversation in both languages', async ({ page, core }) => {
    const app = new AppPage(page)
    const phone = new PhonePage(page)
    await app.open(core.uiUrl)
    await page.setViewportSize({ width: 1400, height: 1040 })
    await app.language('zh')
    // A user of its own, so the chat shows just this conversation.
    const base = userAt(core, 0)
    const openid = 'oScreenShotUser0000000000001'
    core.workspace.directory.putUser({ ...base, openid, nickname: '小微', headimgurl: '' })
    await page.reload()
    await expect(page.getByTestId('app')).toHaveAttribute('data-app-state', 'ready')
    await phone.pickUser(openid)
    await phone.say('你好')
    await phone.say('图文')
    await phone.say('音乐')
    await phone.say('客服')
    const api = await platformApi(core)
    await api.call('/cgi-bin/message/custom/send', {
      touser: openid,
      msgtype: 'text',
      text: { content: '人工客服已接入，请问有什么可以帮您？' },
    })
    await expect(phone.bubbles('bot').last()).toHaveAttribute('data-source', 'custom-send')
    // One refused reply, for WeChat's system tip.
    const bot = await startTinyServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end('{"reply":"hello"}')
    })
    const account = core.workspace.directory.listAccounts()[0]!
    core.workspace.directory.putAccount({ ...account, botUrl: bot.url })
    try {
      const id = await phone.say('在吗？')
      await expect(phone.reply(id)).toHaveAttribute('data-from', 'system')
    } finally {
      core.workspace.directory.putAccount(account)
      await bot.close()
    }
    await app.screenshot('phone-zh')
    await app.language('en')
    await expect(phone.input).toHaveAttribute('placeholder', 'Message')
    await app.screenshot('phone-en')
  })
})
