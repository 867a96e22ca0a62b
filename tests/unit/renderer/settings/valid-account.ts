/** An account every check of the form accepts; each test changes the one field it is about. */
import type { Account } from '../../../../src/shared/model/account'

export const VALID_ACCOUNT: Account = {
  id: 'a1',
  name: 'mpsim 测试号',
  appId: 'wx1234567890abcdef',
  appSecret: '0123456789abcdef0123456789abcdef',
  originalId: 'gh_0123456789ab',
  token: 'mpsimtoken',
  encodingAesKey: 'a'.repeat(43),
  mode: 'plain',
  botUrl: 'http://127.0.0.1:8080/wechat',
  callbackDomain: 'example.com',
  ipWhitelist: [],
  testAccount: true,
}
