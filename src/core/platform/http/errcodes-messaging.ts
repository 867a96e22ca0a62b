/**
 * errmsg texts of the messaging APIs (docs/api-messaging.md), merged into ERRMSG (errcodes.ts). Each
 * text says where it comes from: [wire] seen in real answers, [doc] WeChat's published table,
 * [sdk] an SDK's table, [unconfirmed] our wording in WeChat's style.
 */
export const MESSAGING_ERRMSG: Readonly<Record<number, string>> = {
  // [wire] developers.weixin.qq.com community: mass/get of an unknown id.
  40059: 'invalid msg id',
  // [doc] global return codes (不合法的行业ID / 修改模板所属行业太频繁); English texts [unconfirmed].
  40102: 'invalid industry id',
  43100: 'change template too frequently',
  // [wire] community thread on api_add_template: "template num exceeds limit".
  45026: 'template num exceeds limit',
  // [wire] community threads on mass/sendall: "clientmsgid exist".
  45065: 'clientmsgid exist',
  // [doc] 群发接口: same clientmsgid retried within 1 minute / clientmsgid too long; texts [unconfirmed].
  45066: 'clientmsgid retry too fast',
  45067: 'clientmsgid size out of limit',
  // [doc] 客服输入状态 error table: 45072 command字段取值不对, 45080 30 秒内未交互, 45081 已在输入状态.
  45072: 'invalid command',
  45080: 'need sending message to user within 30 seconds',
  45081: 'already in typing status',
  // [doc] 客服帐号管理 codes (texts [unconfirmed]).
  65400: 'please enable new custom service, or wait for a while if you have enabled',
  65401: 'invalid custom service account',
  65403: 'invalid nickname',
  65404: 'invalid custom service account name',
  65405: 'too many custom service accounts',
  65406: 'custom service account exists',
  // [doc] 发布能力: 53600 "Article ID 无效"; English text [unconfirmed].
  53600: 'invalid article id',
}
