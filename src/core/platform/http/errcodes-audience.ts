/**
 * errmsg texts of the audience APIs (docs/api-audience.md), merged into ERRMSG (errcodes.ts). Each
 * text says where it comes from: [wire] seen in real answers, [doc] WeChat's published table,
 * [sdk] an SDK's table, [unconfirmed] our wording in WeChat's style.
 * The [sdk] texts are the English names of WeChat's global return-code table as WxJava's
 * WxMpErrorMsgEnum carries them; the codes themselves and where they apply are [doc]
 * (用户标签管理, 黑名单管理, 个性化菜单接口).
 */
export const AUDIENCE_ERRMSG: Readonly<Record<number, string>> = {
  // Tags [doc codes, sdk texts].
  45056: 'too many tag now, no need to add new',
  45057: "can't delete the tag that has too many fans",
  45058: "can't modify sys tag",
  45059: 'can not tagging one user too much',
  45157: 'invalid tag name',
  45158: 'tag name too long',
  45159: 'invalid tag id',
  // openid of another account (tagging, blacklist) [doc code, sdk text].
  49003: 'not match openid with appid',
  // A remark of 30 characters or more [unconfirmed code; the doc names no code; sdk text].
  40092: 'invalid remark name',
  // Personalised menus [doc codes via WxJava's table, sdk texts].
  65301: 'this menu is not conditionalmenu',
  65302: 'no such user',
  65303: 'there is no selfmenu, please create selfmenu first',
  65304: 'match rule empty',
  65305: 'menu count limit',
  65316: 'this domain have too many url',
  // A rule naming sex, region or language since the privacy change [doc code; text unconfirmed].
  65320: 'matchrule contains privacy info, not supported',
}
