/**
 * The OAuth flow stepper's commands (protocol.md §9):
 * - checkAuthorizeRequest: an authorize URL (given, or built from the parts a user typed) through
 *   the protocol's own checks, answered as problem codes. The renderer shows them live and never
 *   re-implements a rule.
 * - callPlatform: the bot's server-side calls (code → token, refresh, userinfo) made for real
 *   against the mock, limited to its /sns endpoints by the input schema.
 */
import type { Handlers } from '../mount-contract'
import type { Engine } from '../../engine/engine'
import { EngineError } from '../../engine/engine'
import type { Directory } from '../../context/directory'
import type { EventBus } from '../../runtime/event-bus'
import { checkAuthorizeUrl, DEFAULT_AUTHORIZE_BASE } from '../../protocol/oauth/authorize-url'
import type { OAuthAccount } from '../../protocol/oauth/redirect-uri'
import { ControlError } from '../control-error'
import { callPlatform } from './oauth-stepper-call'
import { composeAuthorizeUrl } from './oauth-stepper-compose'

export interface OauthStepperDeps {
  readonly engine: Engine
  readonly directory: Directory
  readonly bus: EventBus
  /** The mock platform's base URL (http://127.0.0.1:port). */
  readonly platformUrl: string
}

export function oauthStepperHandlers(
  deps: OauthStepperDeps,
): Pick<Handlers, 'checkAuthorizeRequest' | 'callPlatform'> {
  return {
    checkAuthorizeRequest: (input) => {
      const account = accountOf(deps.engine, input.accountId)
      const callbackDomain = input.callbackDomain ?? account.callbackDomain
      const oauthAccount: OAuthAccount = {
        appid: account.appId,
        callbackDomain,
        accountKind: account.testAccount ? 'test' : 'formal',
      }
      const composed = input.parts ? composeAuthorizeUrl(input.parts) : undefined
      const url = composed?.url ?? input.url ?? ''
      const authorizeBase = endpointBase(url, deps.platformUrl)
      const { parsed, problems } = checkAuthorizeUrl(url, oauthAccount, { authorizeBase })
      const errors = problems.filter((p) => p.severity === 'error')
      const wechatErrcode = errors.find((p) => p.wechatErrcode !== undefined)?.wechatErrcode
      return Promise.resolve({
        url,
        authorizeBase,
        redirectUri: composed?.redirectUri ?? {
          plain: parsed.redirectUri,
          encoded: parsed.redirectUriRaw,
        },
        parsed: { ...parsed, paramOrder: [...parsed.paramOrder] },
        problems: problems.map((p) => ({ ...p, detail: { ...p.detail } })),
        refused: errors.length > 0,
        ...(wechatErrcode === undefined ? {} : { wechatErrcode }),
        account: {
          id: account.id,
          appId: account.appId,
          callbackDomain: account.callbackDomain,
          testAccount: account.testAccount,
        },
        callbackDomain,
      })
    },
    callPlatform: ({ path, query }) =>
      callPlatform(
        {
          platformUrl: deps.platformUrl,
          bus: deps.bus,
          secrets: () => deps.directory.listAccounts().map((a) => a.appSecret),
        },
        path,
        query,
      ),
  }
}

function accountOf(engine: Engine, accountId: string | undefined) {
  try {
    return engine.account(accountId)
  } catch (error) {
    if (error instanceof EngineError) {
      throw new ControlError('invalid-input', `${error.code}: ${error.message}`, [
        { path: 'accountId', message: error.message },
      ])
    }
    throw error
  }
}

/**
 * The endpoint a URL must name: WeChat's, unless it names the mock platform's own address (a
 * bot configured with mpsim's platform URL as its OAuth base, like the sample bot by default).
 */
function endpointBase(url: string, platformUrl: string): string {
  const at = url.trim()
  if (!URL.canParse(at)) return DEFAULT_AUTHORIZE_BASE
  return new URL(at).origin === new URL(platformUrl).origin ? platformUrl : DEFAULT_AUTHORIZE_BASE
}
