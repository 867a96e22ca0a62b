/**
 * The bot's side of the mock platform for the media and account-data specs, written the way SDKs
 * call it: `?access_token=` in the query, JSON bodies, media uploaded as multipart/form-data with
 * a `media` part that has a filename — never through mpsim's own helpers. And a tiny JPEG made
 * here, so no file is shipped with the tests.
 */
import jpeg from 'jpeg-js'
import type { RunningCore } from '../../../src/core/start-core'

/** A w×h JPEG: a green-to-blue gradient with a white square (something visible in a screenshot). */
export function tinyJpeg(width = 96, height = 72): Buffer {
  const data = Buffer.alloc(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const inSquare =
        x > width / 3 && x < (2 * width) / 3 && y > height / 3 && y < (2 * height) / 3
      data[i] = inSquare ? 255 : 7
      data[i + 1] = inSquare ? 255 : Math.round(193 - (y / height) * 80)
      data[i + 2] = inSquare ? 255 : Math.round(96 + (x / width) * 140)
      data[i + 3] = 255
    }
  }
  return Buffer.from(jpeg.encode({ data, width, height }, 85).data)
}

export interface BotApi {
  readonly token: string
  call<T = Record<string, unknown>>(path: string, body?: unknown): Promise<T & { errcode?: number }>
  upload(
    type: 'image' | 'voice' | 'video' | 'thumb',
    filename: string,
    bytes: Buffer,
    contentType: string,
  ): Promise<string>
}

export async function botApi(core: RunningCore, accountIndex = 0): Promise<BotApi> {
  const a = core.workspace.directory.listAccounts()[accountIndex]!
  const res = await fetch(
    `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${a.appId}&secret=${a.appSecret}`,
  )
  const { access_token: token } = (await res.json()) as { access_token: string }
  const call = async <T>(path: string, body?: unknown) => {
    const url = `${core.platformUrl}${path}${path.includes('?') ? '&' : '?'}access_token=${token}`
    const answer = await fetch(
      url,
      body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) },
    )
    return (await answer.json()) as T & { errcode?: number }
  }
  const upload = async (
    type: 'image' | 'voice' | 'video' | 'thumb',
    filename: string,
    bytes: Buffer,
    contentType: string,
  ) => {
    const form = new FormData()
    form.append('media', new Blob([new Uint8Array(bytes)], { type: contentType }), filename)
    const answer = await fetch(
      `${core.platformUrl}/cgi-bin/media/upload?access_token=${token}&type=${type}`,
      { method: 'POST', body: form },
    )
    const json = (await answer.json()) as {
      media_id?: string
      thumb_media_id?: string
      errcode?: number
      errmsg?: string
    }
    const id = json.media_id ?? json.thumb_media_id
    if (!id) throw new Error(`media/upload failed: ${JSON.stringify(json)}`)
    return id
  }
  return { token, call, upload }
}

/** A field of a plain-mode push's XML (the tiny bots answer with the user's own ids). */
export function xmlField(xml: string, name: string): string {
  const m = new RegExp(`<${name}>(?:<!\\[CDATA\\[)?(.*?)(?:\\]\\]>)?</${name}>`, 's').exec(xml)
  return m?.[1] ?? ''
}

/** A passive reply of one message type, as a plain-mode bot writes it. */
export function replyXml(push: string, msgType: string, inner: string): string {
  return (
    `<xml><ToUserName><![CDATA[${xmlField(push, 'FromUserName')}]]></ToUserName>` +
    `<FromUserName><![CDATA[${xmlField(push, 'ToUserName')}]]></FromUserName>` +
    `<CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime>` +
    `<MsgType><![CDATA[${msgType}]]></MsgType>${inner}</xml>`
  )
}
