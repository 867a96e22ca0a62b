/**
 * The phone browser's frame in the desktop app (docs/phone-browser.md "Desktop"): a gateway page
 * in an <iframe> of the window gets no app powers (no preload API, no Node), reads WeChat's
 * User-Agent, and a script assigning location.href to open.weixin.qq.com — which a browser cannot
 * catch — is carried to the mock through a gateway by the session's routing. The window itself
 * stays on the app. Skipped with the reason where no Electron binary is installed.
 */
import { expect, test } from '@playwright/test'
import type { Frame } from '@playwright/test'
import { launchDesktopApp } from './desktop-app'
import { electronBinaryOrSkip } from './electron-binary'

const bin = electronBinaryOrSkip()

test('the phone frame runs on gateways only, without app powers, and catches WeChat hosts', async () => {
  const { app, page } = await launchDesktopApp(bin)
  try {
    const appOrigin = new URL(page.url()).origin
    const opened = await page.evaluate(async () => {
      const { token, baseUrl } = await (
        window as unknown as { mpsim: { bootstrap(): Promise<{ token: string; baseUrl: string }> } }
      ).mpsim.bootstrap()
      const headers = { 'x-mpsim-token': token, 'content-type': 'application/json' }
      const setup = (await (await fetch(`${baseUrl}/api/setup`, { headers })).json()) as {
        botUrl: string
      }
      const answer = await fetch(`${baseUrl}/api/phone-browser/open`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ url: `${new URL(setup.botUrl).origin}/oauth` }),
      })
      const json = (await answer.json()) as { frameUrl: string }
      const frame = document.createElement('iframe')
      frame.src = json.frameUrl
      document.body.append(frame)
      return json
    })
    const gatewayOrigin = new URL(opened.frameUrl).origin
    const frameOn = async (test: (url: URL) => boolean): Promise<Frame> => {
      let found: Frame | undefined
      await expect
        .poll(
          () =>
            (found = page.frames().find((f) => f !== page.mainFrame() && test(new URL(f.url())))),
          {
            timeout: 10_000,
          },
        )
        .toBeTruthy()
      return found!
    }
    const frame = await frameOn((url) => url.origin === gatewayOrigin)
    await frame.waitForLoadState('domcontentloaded')
    expect(await frame.evaluate(() => navigator.userAgent)).toContain('MicroMessenger/')
    expect(
      await frame.evaluate(() => [
        typeof (window as { mpsim?: unknown }).mpsim,
        typeof (globalThis as { require?: unknown }).require,
        typeof (globalThis as { process?: unknown }).process,
      ]),
    ).toEqual(['undefined', 'undefined', 'undefined'])

    // What browser mode cannot catch: a script sending the frame to a WeChat host.
    await frame.evaluate(() => {
      window.location.href =
        'https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx0000000000000000' +
        '&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb%2F&response_type=code&scope=snsapi_base' +
        '&state=s#wechat_redirect'
    })
    const mock = await frameOn(
      (url) => url.hostname === '127.0.0.1' && url.pathname === '/connect/oauth2/authorize',
    )
    expect(new URL(mock.url()).origin).not.toBe(appOrigin)
    expect(new URL(page.url()).origin).toBe(appOrigin)
  } finally {
    await app.close()
  }
})
