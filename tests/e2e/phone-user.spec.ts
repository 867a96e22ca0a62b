/**
 * Who holds the phone is the core's (Engine.phoneUser): OAuth consent answers as that user and a
 * push sent without an openid comes from them. The app opens on the core's phone user, not on the
 * account's first user, and follows a change made elsewhere when its window regains focus.
 */
import { test, expect } from './fixtures'
import { AppPage } from './pages/app'
import { PhonePage } from './pages/phone'

test.describe('the phone user', () => {
  // The core is shared by the worker: put its phone user back for the specs that follow.
  test.afterEach(({ core }) => {
    const account = core.engine.account()
    const first = core.workspace.directory.listUsers(account.id)[0]
    if (first) core.engine.setPhoneUser(account.id, first.openid)
  })

  test('the app opens on the core phone user; a push without an openid shows in its chat', async ({
    page,
    core,
  }) => {
    const account = core.engine.account()
    const second = core.workspace.directory.listUsers(account.id)[1]!
    core.engine.setPhoneUser(account.id, second.openid)

    const app = new AppPage(page)
    const phone = new PhonePage(page)
    await app.open(core.uiUrl, 'en')
    await phone.ready()
    await expect(phone.user(second.openid)).toHaveAttribute('aria-selected', 'true')

    const text = `for the phone user ${Date.now()}`
    const exchange = await core.engine.send({ typeId: 'text', values: { Content: text } })
    expect(exchange.openid).toBe(second.openid)
    await expect(phone.bubbles('user').filter({ hasText: text })).toHaveCount(1)
  })

  test('the app follows a phone user set elsewhere when its window regains focus', async ({
    page,
    core,
  }) => {
    const account = core.engine.account()
    const [first, , third] = core.workspace.directory.listUsers(account.id)
    core.engine.setPhoneUser(account.id, first!.openid)

    const app = new AppPage(page)
    const phone = new PhonePage(page)
    await app.open(core.uiUrl, 'en')
    await phone.ready()
    await expect(phone.user(first!.openid)).toHaveAttribute('aria-selected', 'true')

    // Another window, the CLI or a test: the core's phone changes hands.
    core.engine.setPhoneUser(account.id, third!.openid)
    await page.evaluate(() => window.dispatchEvent(new Event('focus')))
    await expect(phone.user(third!.openid)).toHaveAttribute('aria-selected', 'true')

    // A choice made in the app goes to the core.
    await phone.pickUser(first!.openid)
    await expect.poll(() => core.engine.phoneUser(account.id)).toBe(first!.openid)
  })
})
