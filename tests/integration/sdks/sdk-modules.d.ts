/**
 * The parts of node-webot's `wechat-api` (callback style) and `co-wechat-api` (async) these tests
 * call; neither package ships type declarations. Shapes read from their lib/*.js (docs/sdks.md).
 */
declare module 'wechat-api' {
  type Callback = (err: Error | null, result: unknown, res?: unknown) => void
  class WechatAPI {
    constructor(appid: string, appsecret: string)
    /** The base URL every api.weixin.qq.com call is built on (lib/api_common.js). */
    endpoint: string
    getAccessToken(callback: Callback): void
    getUser(openid: string, callback: Callback): void
    getFollowers(callback: Callback): void
    createMenu(menu: unknown, callback: Callback): void
    getMenu(callback: Callback): void
    sendText(openid: string, text: string, callback: Callback): void
    getAllPrivateTemplate(callback: Callback): void
    sendTemplate(openid: string, templateId: string, url: string, data: unknown, cb: Callback): void
    uploadMedia(filepath: string, type: string, callback: Callback): void
    getMedia(mediaId: string, callback: Callback): void
    createTag(name: string, callback: Callback): void
    getTags(callback: Callback): void
    membersBatchtagging(tagId: number, openids: string[], callback: Callback): void
    massSendText(content: string, receivers: boolean | string[], callback: Callback): void
  }
  export = WechatAPI
}

declare module 'co-wechat-api' {
  class CoWechatAPI {
    constructor(appid: string, appsecret: string)
    /** The base URL of every /cgi-bin/ call (lib/api_common.js). */
    prefix: string
    snsPrefix: string
    getAccessToken(): Promise<{ accessToken: string; expireTime: number }>
    getUser(openid: string): Promise<Record<string, unknown>>
    getFollowers(): Promise<Record<string, unknown>>
    createMenu(menu: unknown): Promise<Record<string, unknown>>
    getMenu(): Promise<Record<string, unknown>>
    sendText(openid: string, text: string): Promise<Record<string, unknown>>
    getAllPrivateTemplate(): Promise<Record<string, unknown>>
    sendTemplate(
      openid: string,
      templateId: string,
      url: string,
      topColor: string,
      data: unknown,
    ): Promise<Record<string, unknown>>
    uploadMedia(filepath: string, type: string): Promise<Record<string, unknown>>
    getMedia(mediaId: string): Promise<Buffer | Record<string, unknown>>
    createTags(name: string): Promise<Record<string, unknown>>
    getTags(): Promise<Record<string, unknown>>
    batchTagging(openids: string[], tagId: number): Promise<Record<string, unknown>>
    massSendText(content: string, receivers: boolean | string[]): Promise<Record<string, unknown>>
  }
  export = CoWechatAPI
}
