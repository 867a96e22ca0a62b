/**
 * Acknowledged edits survive kill -9 (docs/workspace.md "What is durable when"): a control command
 * answers 200 only once its change is on disk, so killing the core mid-burst may lose edits that
 * were still in flight, never one that was acknowledged. Opening the folder again also clears the
 * temp files the killed writer left behind.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { crashDuringPutUsers, killAll } from './crash-burst'

const dirs: string[] = []

afterAll(async () => {
  killAll()
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

describe('kill -9 during a burst of putUser', () => {
  it('loses no acknowledged edit and leaves no temp file after reopening', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mpsim-crash-'))
    dirs.push(dir)
    const result = await crashDuringPutUsers(join(dir, 'ws'), {
      edits: 300,
      concurrency: 8,
      killAfterAcks: 60,
    })
    expect(result.acked.length).toBeGreaterThanOrEqual(60)
    expect(result.lost).toEqual([])
    expect(result.leftovers).toEqual([])
    expect(result.problems).toEqual([])
  }, 60_000)
})
