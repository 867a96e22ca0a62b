/** The account every bench case pushes as: fixed keys, so the bots in bench/servers/ share them. */
import type { Account } from '../src/shared/model/account'

export const BENCH_ACCOUNT: Account = {
  id: 'bench',
  name: 'bench',
  appId: 'wx2c2769f8efd9abc2',
  appSecret: '0123456789abcdef0123456789abcdef',
  originalId: 'gh_10f6c3c3ac5a',
  token: 'benchtoken',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  mode: 'plain',
  botUrl: '',
  callbackDomain: '127.0.0.1',
  ipWhitelist: [],
  testAccount: false,
}
