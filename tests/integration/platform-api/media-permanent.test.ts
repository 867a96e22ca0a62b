/**
 * Permanent material, and media kept in the workspace across a restart (docs/api-media.md), through
 * a hand-written multipart client with access_token in the query.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jpeg from 'jpeg-js'
import { afterEach, describe, expect, it } from 'vitest'
import { createPlatformApp } from '../../../src/core/platform/app'
import { createPlatformState } from '../../../src/core/platform/state'
import { listenLoopback } from '../../../src/core/runtime/listen'
import { ACCOUNT, buildContext } from './context'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close()
})

async function startAt(dir: string) {
  const ctx = buildContext()
  const state = createPlatformState(ctx, { dir })
  const listening = await listenLoopback(createPlatformApp(ctx, { state }), 0)
  const url = `http://127.0.0.1:${listening.port}`
  state.media.setBaseUrl(url)
  closers.push(() => listening.close())
  const tokenResponse = await fetch(
    `${url}/cgi-bin/token?grant_type=client_credential&appid=${ACCOUNT.appId}&secret=${ACCOUNT.appSecret}`,
  )
  const { access_token } = (await tokenResponse.json()) as { access_token: string }
  return { url, state, token: access_token }
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mpsim-media-'))
  closers.push(() => rm(dir, { recursive: true, force: true }))
  return dir
}

function jpegOf(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4, 0xc0)
  return Buffer.from(jpeg.encode({ data, width, height }, 80).data)
}

const BOUNDARY = 'mpsim-permanent-boundary-42'

function form(file: { filename: string; data: Buffer }, description?: string): Buffer {
  const parts = [
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="media"; filename="${file.filename}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    file.data,
    Buffer.from('\r\n'),
  ]
  if (description !== undefined) {
    parts.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="description"\r\n\r\n${description}\r\n`,
      ),
    )
  }
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`))
  return Buffer.concat(parts)
}

async function addMaterial(
  url: string,
  token: string,
  type: string,
  file: { filename: string; data: Buffer },
  description?: string,
): Promise<Record<string, unknown>> {
  const response = await fetch(
    `${url}/cgi-bin/material/add_material?access_token=${token}&type=${type}`,
    {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      body: form(file, description),
    },
  )
  return (await response.json()) as Record<string, unknown>
}

async function postJson(
  url: string,
  path: string,
  token: string,
  body: unknown,
): Promise<Response> {
  return fetch(`${url}${path}?access_token=${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

const MP4 = Buffer.concat([
  Buffer.from('000000186674797069736f6d00000200', 'hex'),
  Buffer.alloc(24),
])

describe('permanent material (docs/api-media.md)', () => {
  it('adds, counts, lists, gets and deletes material', async () => {
    const { url, token } = await startAt(await tempDir())
    const image = jpegOf(20, 10)
    const added = await addMaterial(url, token, 'image', { filename: 'cover.jpg', data: image })
    expect(typeof added.media_id).toBe('string')
    expect(String(added.url)).toMatch(/\/mmbiz_jpg\//)
    expect(Buffer.from(await (await fetch(String(added.url))).arrayBuffer()).equals(image)).toBe(
      true,
    )

    const video = await addMaterial(
      url,
      token,
      'video',
      { filename: 'clip.mp4', data: MP4 },
      JSON.stringify({ title: '标题', introduction: 'Intro' }),
    )
    const noDescription = await addMaterial(url, token, 'video', {
      filename: 'clip.mp4',
      data: MP4,
    })
    expect(noDescription.errcode).toBe(40097)

    const count = (await (
      await fetch(`${url}/cgi-bin/material/get_materialcount?access_token=${token}`)
    ).json()) as Record<string, unknown>
    expect(count).toEqual({ voice_count: 0, video_count: 1, image_count: 1, news_count: 0 })

    const list = (await (
      await postJson(url, '/cgi-bin/material/batchget_material', token, {
        type: 'image',
        offset: 0,
        count: 20,
      })
    ).json()) as Record<string, unknown>
    expect(list).toMatchObject({
      total_count: 1,
      item_count: 1,
      item: [{ media_id: added.media_id, name: 'cover.jpg' }],
    })
    const tooMany = (await (
      await postJson(url, '/cgi-bin/material/batchget_material', token, {
        type: 'image',
        offset: 0,
        count: 21,
      })
    ).json()) as Record<string, unknown>
    expect(tooMany.errcode).toBe(40097)
    const badType = (await (
      await postJson(url, '/cgi-bin/material/batchget_material', token, {
        type: 'file',
        offset: 0,
        count: 1,
      })
    ).json()) as Record<string, unknown>
    expect(badType.errcode).toBe(40004)

    const got = await postJson(url, '/cgi-bin/material/get_material', token, {
      media_id: added.media_id,
    })
    expect(got.headers.get('content-type')).toBe('image/jpeg')
    expect(Buffer.from(await got.arrayBuffer()).equals(image)).toBe(true)
    const gotVideo = (await (
      await postJson(url, '/cgi-bin/material/get_material', token, { media_id: video.media_id })
    ).json()) as Record<string, unknown>
    expect(gotVideo).toMatchObject({
      title: '标题',
      description: 'Intro',
    })
    expect(String(gotVideo.down_url)).toContain('/__mpsim/media/')

    const deleted = (await (
      await postJson(url, '/cgi-bin/material/del_material', token, { media_id: added.media_id })
    ).json()) as Record<string, unknown>
    expect(deleted).toEqual({ errcode: 0, errmsg: 'ok' })
    const again = (await (
      await postJson(url, '/cgi-bin/material/del_material', token, { media_id: added.media_id })
    ).json()) as Record<string, unknown>
    expect(again.errcode).toBe(40007)
    const gone = (await (
      await postJson(url, '/cgi-bin/material/get_material', token, { media_id: added.media_id })
    ).json()) as Record<string, unknown>
    expect(gone.errcode).toBe(40007)
  })

  it('keeps media in the workspace across a restart, on the new port', async () => {
    const dir = await tempDir()
    const first = await startAt(dir)
    const image = jpegOf(12, 12)
    const added = await addMaterial(first.url, first.token, 'image', {
      filename: 'keep.jpg',
      data: image,
    })
    const second = await startAt(dir)
    const got = await postJson(second.url, '/cgi-bin/material/get_material', second.token, {
      media_id: added.media_id,
    })
    expect(Buffer.from(await got.arrayBuffer()).equals(image)).toBe(true)
    const listed = second.state.media.list(ACCOUNT.id)
    expect(listed).toHaveLength(1)
    expect(listed[0]?.url).toContain(second.url)
  })
})
