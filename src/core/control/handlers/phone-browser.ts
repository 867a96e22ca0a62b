/**
 * The phone browser's command (docs/phone-browser.md): read the address the user typed or a menu
 * button named, pick the account and the user browsing, start a walk, and answer the gateway
 * address the app's frame loads. The page itself never runs on the app's origin.
 */
import type { Engine } from '../../engine/engine'
import { EngineError } from '../../engine/engine'
import type { Directory } from '../../context/directory'
import { PhoneBrowserRefusal } from '../../browser/phone-browser'
import type { PhoneBrowser } from '../../browser/types'
import { ControlError } from '../control-error'
import type { Handlers } from '../mount-contract'

export interface PhoneBrowserHandlerDeps {
  readonly engine: Engine
  readonly directory: Directory
  readonly browser: PhoneBrowser
}

/**
 * The address as WHATWG URL reads it. "example.com/page" is no address at all, and
 * "localhost:5176/x" would read as a scheme "localhost:", so anything without a scheme of its own
 * is refused with the fix in the message rather than guessed at.
 */
export function readBrowserAddress(raw: string): URL {
  const text = raw.trim()
  const hint = 'add http:// or https:// in front of the address (e.g. http://127.0.0.1:5176/)'
  const scheme = /^[a-z][a-z0-9+.-]*:(.?)/i.exec(text)
  // "host:port…" has a digit where a scheme's address would begin.
  if (!scheme || /\d/.test(scheme[1] ?? '')) {
    throw new ControlError('invalid-input', `"${text}" has no scheme: ${hint}`, [
      { path: 'url', message: hint },
    ])
  }
  if (!URL.canParse(text)) {
    throw new ControlError('invalid-input', `"${text}" is not a valid address`, [
      { path: 'url', message: 'not a valid address' },
    ])
  }
  const url = new URL(text)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ControlError(
      'invalid-input',
      `the phone browser opens http and https addresses only, not ${url.protocol}`,
      [{ path: 'url', message: 'only http:// and https:// addresses' }],
    )
  }
  return url
}

export function phoneBrowserHandlers(
  deps: PhoneBrowserHandlerDeps,
): Pick<Handlers, 'openPhoneBrowser'> {
  return {
    openPhoneBrowser: async (input) => {
      const url = readBrowserAddress(input.url)
      try {
        const account = deps.engine.account(input.accountId)
        const openid = input.openid ?? deps.engine.phoneUser(account.id)
        if (
          input.openid !== undefined &&
          deps.directory.user(input.openid)?.accountId !== account.id
        ) {
          throw new ControlError(
            'invalid-input',
            `unknown-user: ${input.openid} is not a user of account ${account.id}`,
            [{ path: 'openid', message: 'not a user of this account' }],
          )
        }
        return await deps.browser.open({
          url,
          accountId: account.id,
          openid,
          quirks: { repeatCallback: input.quirks?.repeatCallback ?? false },
        })
      } catch (error) {
        if (error instanceof EngineError || error instanceof PhoneBrowserRefusal) {
          throw new ControlError('invalid-input', `${error.code}: ${error.message}`, [
            { path: error instanceof EngineError ? 'accountId' : 'url', message: error.message },
          ])
        }
        throw error
      }
    },
  }
}
