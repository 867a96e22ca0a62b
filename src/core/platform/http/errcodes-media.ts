/**
 * errmsg texts of the media APIs (docs/platform-apis.md), merged into ERRMSG (errcodes.ts). Each
 * text says where it comes from: [wire] seen in real answers, [doc] WeChat's published table,
 * [sdk] an SDK's table, [unconfirmed] our wording in WeChat's style.
 */
export const MEDIA_ERRMSG: Readonly<Record<number, string>> = {}
