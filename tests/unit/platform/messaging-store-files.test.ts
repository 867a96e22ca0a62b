import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSimClock } from '../../../src/core/runtime/clock'
import { EventBus } from '../../../src/core/runtime/event-bus'
import { seededRandom } from '../../../src/core/runtime/random'
import { MessagingStore } from '../../../src/core/platform/state/messaging'
import { KEEP_JOBS } from '../../../src/core/platform/state/messaging-mass'
import type { MassJob } from '../../../src/core/platform/state/messaging-mass'

/** 2024-04-25 10:00 in Beijing. */
const START_MS = Date.UTC(2024, 3, 25, 2, 0, 0)
const ACC = 'acc-1'

let dir: string | undefined
afterEach(async () => {
  vi.restoreAllMocks()
  if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  dir = undefined
})

function store(folder?: string, startMs = START_MS): MessagingStore {
  return new MessagingStore({
    clock: createSimClock({ startMs, frozen: true }),
    random: seededRandom('messaging-store-files'),
    bus: new EventBus(),
    ...(folder === undefined ? {} : { dir: folder }),
  })
}

function job(s: MessagingStore, over: Partial<MassJob> = {}): MassJob {
  return {
    msgId: s.mass.newId(ACC),
    accountId: ACC,
    target: 'openids',
    msgType: 'text',
    message: { content: 'hi' },
    recipients: ['oUser1', 'oUser2'],
    counts: { total: 2, filter: 2, sent: 2, error: 0 },
    createdAt: START_MS / 1000,
    status: 'SEND_SUCCESS',
    deletedArticles: [],
    ...over,
  }
}

describe('MessagingStore files (docs/api-messaging.md "What is kept where")', () => {
  it('reads back kf accounts, drafts, publish jobs and mass state in a new store', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mpsim-msg-store-'))
    const a = store(dir)
    await a.kf.add(ACC, 'kf1@mpsim', '客服一')?.saved
    const { draft } = a.drafts.add(ACC, [{ title: 't', content: 'c' }], 100)
    const other = a.drafts.add(ACC, [{ title: 'p', content: 'c' }], 101).draft
    const { job: published } = a.drafts.publish(ACC, other, 102)
    await a.mass.add(job(a, { clientMsgId: 'c-1' }))
    await a.mass.setSpeed(ACC, 2)
    await a.flush()

    const b = store(dir)
    expect(b.kf.list(ACC)).toEqual([
      { account: 'kf1@mpsim', nickname: '客服一', id: '1001', headImgUrl: '' },
    ])
    expect(b.drafts.list(ACC)).toEqual([draft])
    expect(b.drafts.findPublish(ACC, published.publishId)).toEqual(published)
    expect(b.mass.list(ACC)).toHaveLength(1)
    expect(b.mass.receivedThisMonth(ACC, 'oUser1')).toBe(1)
    expect(b.mass.checkClientMsgId(ACC, 'c-1')).toMatchObject({ ok: false, errcode: 45066 })
    expect(b.mass.speed(ACC)).toBe(2)
    // Another account's files are separate.
    expect(b.kf.list('acc-2')).toEqual([])
    for (const folder of ['kf', 'drafts', 'publish', 'mass']) {
      expect(await readdir(join(dir, folder))).toEqual([`${ACC}.json`])
    }
  })

  it(`keeps the last ${KEEP_JOBS} mass jobs, this month's counts and a day of clientmsgids`, async () => {
    dir = await mkdtemp(join(tmpdir(), 'mpsim-msg-store-'))
    const jobs = Array.from({ length: KEEP_JOBS + 5 }, (_, i) => ({
      msgId: String(1_000_000_000 + i),
      target: 'preview',
      msgType: 'text',
      message: {},
      recipients: [],
      counts: { total: 1, filter: 1, sent: 1, error: 0 },
      createdAt: START_MS / 1000,
      status: 'SEND_SUCCESS',
      deletedArticles: [],
    }))
    await mkdir(join(dir, 'mass'))
    await writeFile(
      join(dir, 'mass', `${ACC}.json`),
      JSON.stringify({
        version: 1,
        jobs,
        received: { oOld: { month: '2024-03', count: 4 }, oNow: { month: '2024-04', count: 4 } },
        clientMsgIds: [{ id: 'old', msgId: '1000000000', at: START_MS / 1000 - 2 * 86_400 }],
        speed: 1,
      }),
    )
    const s = store(dir)
    const kept = s.mass.list(ACC)
    expect(kept).toHaveLength(KEEP_JOBS)
    expect(kept[0]?.msgId).toBe('1000000005')
    expect(s.mass.canReceive(ACC, 'oOld')).toBe(true)
    expect(s.mass.canReceive(ACC, 'oNow')).toBe(false)
    expect(s.mass.checkClientMsgId(ACC, 'old')).toEqual({ ok: true })
    await s.mass.add(job(s))
    const file = JSON.parse(await readFile(join(dir, 'mass', `${ACC}.json`), 'utf8')) as {
      jobs: unknown[]
      received: Record<string, unknown>
      clientMsgIds: unknown[]
    }
    expect(file.jobs).toHaveLength(KEEP_JOBS)
    expect(Object.keys(file.received).sort()).toEqual(['oNow', 'oUser1', 'oUser2'])
    expect(file.clientMsgIds).toEqual([])
  })

  it('moves an unreadable file aside and reseeds templates from a corrupt file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mpsim-msg-store-'))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    // A folder where the file should be: reading it fails (EISDIR).
    await mkdir(join(dir, 'publish', `${ACC}.json`), { recursive: true })
    await mkdir(join(dir, 'templates'))
    await writeFile(join(dir, 'templates', `${ACC}.json`), 'not json')
    const s = store(dir)
    expect(s.drafts.findPublish(ACC, 'x')).toBeUndefined()
    expect(s.templates.list(ACC)).toHaveLength(3)
    await s.flush()
    const lines = warn.mock.calls.map((c) => String(c[0]))
    expect(lines).toContainEqual(expect.stringMatching(/publish\/acc-1\.json cannot be read/))
    expect(lines).toContainEqual(expect.stringMatching(/templates\/acc-1\.json is not valid JSON/))
    const publishFiles = await readdir(join(dir, 'publish'))
    expect(publishFiles).toEqual([expect.stringMatching(/^acc-1\.corrupt-.*\.json$/)])
    const templateFiles = await readdir(join(dir, 'templates'))
    expect(templateFiles).toEqual([expect.stringMatching(/^acc-1\.corrupt-.*\.json$/)])
  })

  it('stays in memory without a folder', async () => {
    const s = store()
    await s.kf.add(ACC, 'kf1@mpsim', '客服一')?.saved
    await s.mass.add(job(s))
    expect(s.kf.list(ACC)).toHaveLength(1)
    expect(s.mass.list()).toHaveLength(1)
    await expect(stat(join(process.cwd(), 'kf'))).rejects.toThrow()
  })
})
