/**
 * The account a command acts as: the workspace's accounts with the flags laid over them (in
 * memory; see core-link/in-process.ts). The flags are checked first, in flag-rules.ts.
 */
import type { Account } from '../shared/model/account'
import type { CommonOptions } from './options'

export { UsageError, validateAccountFlags } from './flag-rules'

export function overlayAccount(account: Account, options: CommonOptions): Account {
  return {
    ...account,
    ...(options.token === undefined ? {} : { token: options.token }),
    ...(options.appid === undefined ? {} : { appId: options.appid }),
    ...(options.appsecret === undefined ? {} : { appSecret: options.appsecret }),
    ...(options.aesKey === undefined ? {} : { encodingAesKey: options.aesKey }),
    ...(options.mode === undefined ? {} : { mode: options.mode }),
    ...(options.callbackDomain === undefined ? {} : { callbackDomain: options.callbackDomain }),
    ...(options.target === undefined ? {} : { botUrl: options.target }),
  }
}
