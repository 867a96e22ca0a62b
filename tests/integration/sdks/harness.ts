/**
 * What the SDK tests share: a real core on 127.0.0.1 (port 0) with the sample bot, the account's
 * credentials and a follower as the SDK would be configured with them, a real small JPEG on disk,
 * and the two setup steps WeChat needs before some calls (a message from the user opens the
 * customer-service window; a template id comes from the account's private templates).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encode } from 'jpeg-js'
import { expect } from 'vitest'
import type { RunningCore } from '../../../src/core/start-core'
import { sendCommand } from '../../helpers/control-command'
import { startTestCore } from '../../helpers/test-core'

export interface SdkFixture {
  core: RunningCore
  /** The mock API's base URL, e.g. http://127.0.0.1:41234 (no trailing slash). */
  platformUrl: string
  accountId: string
  appId: string
  appSecret: string
  /** A follower of the account (the phone's user). */
  openid: string
  /** A folder removed on close (SDK caches, the sample JPEG). */
  dir: string
  /** The sample JPEG's path and exact bytes. */
  jpegPath: string
  jpegBytes: Buffer
  close(): Promise<void>
}

/** A 16×16 baseline JPEG with a colour gradient: a real file an image host would accept. */
function sampleJpeg(): Buffer {
  const width = 16
  const height = 16
  const data = Buffer.alloc(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      data[i] = x * 16
      data[i + 1] = y * 16
      data[i + 2] = 160
      data[i + 3] = 255
    }
  }
  return Buffer.from(encode({ data, width, height }, 90).data)
}

export async function startSdkFixture(): Promise<SdkFixture> {
  const core = await startTestCore()
  const account = core.engine.account()
  const openid = core.engine.phoneUser(account.id)
  expect(openid, 'a fresh workspace has a phone user').toBeTruthy()
  const dir = await mkdtemp(join(tmpdir(), 'mpsim-sdk-'))
  const jpegBytes = sampleJpeg()
  const jpegPath = join(dir, 'sample.jpg')
  await writeFile(jpegPath, jpegBytes)
  return {
    core,
    platformUrl: core.platformUrl,
    accountId: account.id,
    appId: account.appId,
    appSecret: account.appSecret,
    openid: openid ?? '',
    dir,
    jpegPath,
    jpegBytes,
    close: async () => {
      await core.stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** The user writes to the account, which opens the 48-hour customer-service window. */
export async function userWrites(fixture: SdkFixture): Promise<void> {
  const { status, body } = await sendCommand(fixture.core, 'sendPush', {
    accountId: fixture.accountId,
    openid: fixture.openid,
    typeId: 'text',
    values: { Content: 'hello from the SDK test' },
  })
  expect(status, JSON.stringify(body)).toBe(200)
}

/** The id of the first private template the SDK listed, else the first listTemplates shows. */
export async function pickTemplateId(
  fixture: SdkFixture,
  fromSdk: () => Promise<unknown>,
): Promise<string> {
  try {
    const listed = (await fromSdk()) as { template_list?: Array<{ template_id?: string }> }
    const id = listed.template_list?.[0]?.template_id
    if (id) return id
  } catch {
    // get_all_private_template not answered yet: fall back to the control command
  }
  const { status, body } = await sendCommand(fixture.core, 'listTemplates', {
    accountId: fixture.accountId,
  })
  expect(status, JSON.stringify(body)).toBe(200)
  const items = (body as { items: Array<{ templateId: string }> }).items
  expect(items.length, 'a fresh account has private templates').toBeGreaterThan(0)
  return items[0]?.templateId ?? ''
}

export const MENU = {
  button: [
    { type: 'click', name: '今日歌曲', key: 'V1001_TODAY_MUSIC' },
    {
      name: '菜单',
      sub_button: [{ type: 'view', name: '搜索', url: 'http://www.soso.com/' }],
    },
  ],
}

export const TEMPLATE_DATA = {
  first: { value: '您好，订单已发货', color: '#173177' },
  keyword1: { value: 'SDK-0001' },
  remark: { value: '感谢使用' },
}

/** A tag name unique per run so a repeated call never collides with 45157 (name used). */
export function tagName(sdk: string): string {
  return `${sdk}-${Date.now() % 100000}`
}
