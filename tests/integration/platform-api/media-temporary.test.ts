/**
 * Temporary media and article images through a client written here, the way SDKs call them:
 * multipart/form-data with a `media` part that has a filename, access_token in the query
 * (docs/api-media.md).
 */
import jpeg from 'jpeg-js'
import { afterEach, describe, expect, it } from 'vitest'
import { storeUserMedia } from '../../../src/core/engine/user-media'
import { ACCOUNT } from './context'
import { startPlatform } from './client'
import type { Platform } from './client'

let platform: Platform
/** The platform on a free port; the media URLs it hands out name that port (start-core does the same). */
async function start(): Promise<Platform> {
  const started = await startPlatform()
  started.state.media.setBaseUrl(started.url)
  return started
}
afterEach(async () => {
  await platform.close()
})

/** A real JPEG of the given size, made independently of mpsim's samples. */
function jpegOf(width: number, height: number, quality = 80): Buffer {
  const data = Buffer.alloc(width * height * 4, 0x80)
  for (let i = 0; i < data.length; i += 4) data[i] = (i / 4) % 256
  return Buffer.from(jpeg.encode({ data, width, height }, quality).data)
}

/** AMR-NB file with `frames` 20 ms no-data frames. */
function amrOf(frames: number): Buffer {
  return Buffer.concat([Buffer.from('#!AMR\n', 'latin1'), Buffer.alloc(frames, 0x7c)])
}

interface Part {
  name: string
  filename?: string
  contentType?: string
  data: Buffer | string
}

/** multipart/form-data built by hand, as curl -F or an SDK's form writer sends it. */
function multipart(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = '----mpsimTestBoundary7MA4YWxkTrZu0gW'
  const chunks: Buffer[] = []
  for (const part of parts) {
    const disposition =
      part.filename === undefined
        ? `form-data; name="${part.name}"`
        : `form-data; name="${part.name}"; filename="${part.filename}"`
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: ${disposition}\r\n` +
          (part.contentType ? `Content-Type: ${part.contentType}\r\n` : '') +
          '\r\n',
      ),
    )
    chunks.push(Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data))
    chunks.push(Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` }
}

async function upload(
  path: string,
  query: Record<string, string>,
  parts: Part[],
): Promise<{ status: number; json: Record<string, unknown> }> {
  const url = new URL(path, platform.url)
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v)
  const form = multipart(parts)
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': form.contentType },
    body: form.body,
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

async function download(query: Record<string, string>): Promise<Response> {
  const url = new URL('/cgi-bin/media/get', platform.url)
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v)
  return fetch(url)
}

const mediaIdOf = (values: Record<string, unknown>): string => values.MediaId as string
const picUrlOf = (values: Record<string, unknown>): string => values.PicUrl as string

const photo = (data: Buffer, filename = 'photo.jpg'): Part => ({
  name: 'media',
  filename,
  contentType: 'application/octet-stream',
  data,
})

describe('POST /cgi-bin/media/upload and GET /cgi-bin/media/get (docs/api-media.md)', () => {
  it('stores an image and gives the same bytes back with Content-Type and a filename', async () => {
    platform = await start()
    const access_token = await platform.token()
    const bytes = jpegOf(64, 48)
    const up = await upload('/cgi-bin/media/upload', { access_token, type: 'image' }, [
      photo(bytes),
    ])
    expect(up.json.type).toBe('image')
    expect(typeof up.json.created_at).toBe('number')
    const mediaId = String(up.json.media_id)
    expect(mediaId).toMatch(/^[A-Za-z0-9_-]{64}$/)

    const got = await download({ access_token, media_id: mediaId })
    expect(got.status).toBe(200)
    expect(got.headers.get('content-type')).toBe('image/jpeg')
    expect(got.headers.get('content-disposition')).toBe(`attachment; filename="${mediaId}.jpg"`)
    expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true)
    const stored = platform.state.media.find(ACCOUNT.id, mediaId)
    expect(stored).toMatchObject({ width: 64, height: 48, kind: 'temporary', origin: 'bot' })
  })

  it('answers a thumb with thumb_media_id and a voice clip with its length', async () => {
    platform = await start()
    const access_token = await platform.token()
    const thumb = await upload('/cgi-bin/media/upload', { access_token, type: 'thumb' }, [
      photo(jpegOf(32, 32), 'thumb.jpg'),
    ])
    expect(thumb.json.type).toBe('thumb')
    expect(typeof thumb.json.thumb_media_id).toBe('string')
    expect(thumb.json.media_id).toBeUndefined()
    const voice = await upload('/cgi-bin/media/upload', { access_token, type: 'voice' }, [
      { name: 'media', filename: 'hello.amr', data: amrOf(150) },
    ])
    const item = platform.state.media.find(ACCOUNT.id, String(voice.json.media_id))
    expect(item).toMatchObject({ type: 'voice', contentType: 'audio/amr', durationSec: 3 })
  })

  it('expires temporary media after 3 days on the simulated clock (40007)', async () => {
    platform = await start()
    const access_token = await platform.token()
    const up = await upload('/cgi-bin/media/upload', { access_token, type: 'image' }, [
      photo(jpegOf(8, 8)),
    ])
    const mediaId = String(up.json.media_id)
    platform.ctx.clock.advance((3 * 24 * 3600 - 1) * 1000)
    const justInTime = await download({ access_token: await platform.token(), media_id: mediaId })
    expect(justInTime.headers.get('content-type')).toBe('image/jpeg')
    platform.ctx.clock.advance(1000)
    // A new token: the first one expired after 7200 s.
    const fresh = await platform.token()
    const late = (await (await download({ access_token: fresh, media_id: mediaId })).json()) as {
      errcode: number
    }
    expect(late.errcode).toBe(40007)
    const preview = await fetch(`${platform.url}/__mpsim/media/${mediaId}`)
    expect(preview.status).toBe(410)
  })

  it.each([
    ['no type', {}, [photo(jpegOf(8, 8))], 40004],
    ['an unknown type', { type: 'file' }, [photo(jpegOf(8, 8))], 40004],
    [
      'no media part',
      { type: 'image' },
      [{ name: 'file', filename: 'a.jpg', data: jpegOf(8, 8) }],
      41005,
    ],
    ['a text file as an image', { type: 'image' }, [photo(Buffer.from('hello'), 'a.jpg')], 40005],
    ['a JPEG without an extension', { type: 'image' }, [photo(jpegOf(8, 8), 'blob')], 40005],
    [
      'an image over 10 MB',
      { type: 'image' },
      [photo(Buffer.concat([jpegOf(8, 8), Buffer.alloc(10 * 1024 * 1024)]))],
      40009,
    ],
    [
      'a voice clip over 60 s',
      { type: 'voice' },
      [{ name: 'media', filename: 'long.amr', data: amrOf(3100) }],
      45007,
    ],
    [
      'a thumb over 64 KB',
      { type: 'thumb' },
      [photo(Buffer.concat([jpegOf(8, 8), Buffer.alloc(64 * 1024)]), 't.jpg')],
      40012,
    ],
    [
      'a PNG as a thumb',
      { type: 'thumb' },
      [photo(Buffer.from('89504e470d0a1a0a0000', 'hex'), 't.png')],
      40005,
    ],
  ] as const)('refuses %s', async (_label, query, parts, errcode) => {
    platform = await start()
    const access_token = await platform.token()
    const r = await upload('/cgi-bin/media/upload', { access_token, ...query }, [...parts])
    expect(r.json.errcode).toBe(errcode)
  })

  it('answers 41001 without a token, 40007 for an unknown id, 41006 without one', async () => {
    platform = await start()
    const noToken = await upload('/cgi-bin/media/upload', { type: 'image' }, [photo(jpegOf(8, 8))])
    expect(noToken.json.errcode).toBe(41001)
    const access_token = await platform.token()
    const unknown = (await (await download({ access_token, media_id: 'nope' })).json()) as Record<
      string,
      unknown
    >
    expect(unknown.errcode).toBe(40007)
    const missing = (await (await download({ access_token })).json()) as Record<string, unknown>
    expect(missing.errcode).toBe(41006)
    const preview = await fetch(`${platform.url}/__mpsim/media/nope`)
    expect(preview.status).toBe(404)
  })

  it('answers a video with video_url, which serves the bytes', async () => {
    platform = await start()
    const access_token = await platform.token()
    const mp4 = Buffer.concat([
      Buffer.from('000000186674797069736f6d00000200', 'hex'),
      Buffer.alloc(40),
    ])
    const up = await upload('/cgi-bin/media/upload', { access_token, type: 'video' }, [
      { name: 'media', filename: 'clip.mp4', data: mp4 },
    ])
    const got = (await (
      await download({ access_token, media_id: String(up.json.media_id) })
    ).json()) as {
      video_url: string
    }
    const served = await fetch(got.video_url)
    expect(served.headers.get('content-type')).toBe('video/mp4')
    expect(Buffer.from(await served.arrayBuffer()).equals(mp4)).toBe(true)
  })

  it('uploadimg answers a URL that serves the image (JPG/PNG under 1 MB)', async () => {
    platform = await start()
    const access_token = await platform.token()
    const bytes = jpegOf(16, 16)
    const r = await upload('/cgi-bin/media/uploadimg', { access_token }, [photo(bytes)])
    expect(String(r.json.url)).toMatch(/\/mmbiz_jpg\/[A-Za-z0-9_-]+\/0$/)
    const served = await fetch(String(r.json.url))
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true)
    const gif = await upload('/cgi-bin/media/uploadimg', { access_token }, [
      photo(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), 'a.gif'),
    ])
    expect(gif.json.errcode).toBe(40005)
  })

  it('a bot downloading the photo the user sent gets the same bytes, and PicUrl serves them', async () => {
    platform = await start()
    const access_token = await platform.token()
    const sent = jpegOf(40, 30)
    const values = await storeUserMedia(platform.state.media, ACCOUNT.id, 'image', {
      filename: 'IMG_0001.jpg',
      bytes: sent,
    })
    const got = await download({ access_token, media_id: mediaIdOf(values) })
    expect(Buffer.from(await got.arrayBuffer()).equals(sent)).toBe(true)
    expect(picUrlOf(values)).toBe(`${platform.url}/mmbiz_jpg/${mediaIdOf(values)}/0`)
    const pic = await fetch(picUrlOf(values))
    expect(Buffer.from(await pic.arrayBuffer()).equals(sent)).toBe(true)
  })
})
