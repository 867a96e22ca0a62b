/**
 * Temp files a killed writer left (atomic-write.ts names them `.<file>.<pid>.<n>.tmp`) are removed
 * when the workspace is opened; a live writer's are left alone, and nothing else is touched.
 */
import { spawnSync } from 'node:child_process'
import { readdir, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useWorkspaces } from './helpers'

const { tempDir, open } = useWorkspaces()

/** The pid of a process that has exited (reuse within the test is vanishingly unlikely). */
function deadPid(): number {
  const done = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
  return Number(done.stdout.toString())
}

describe('opening a workspace clears stale temp files', () => {
  it('removes a dead writer’s temp files in the folder and in menus/', async () => {
    const dir = await tempDir()
    await open(dir).then((ws) => ws.close())
    const pid = deadPid()
    const stale = [
      `.users.json.${pid}.3.tmp`,
      `.accounts.json.${pid}.1.tmp`,
      `.settings.json.${pid}.12.tmp`,
      `.mpsim-write-probe.${pid}.tmp`,
    ]
    for (const name of stale) await writeFile(join(dir, name), '{"half":')
    await writeFile(join(dir, 'menus', `.acc-1.json.${pid}.2.tmp`), '{')
    await open(dir)
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
    expect(await readdir(join(dir, 'menus'))).toEqual([])
  })

  it('keeps a running writer’s temp file unless it is hours old, and files it did not name', async () => {
    const dir = await tempDir()
    await open(dir).then((ws) => ws.close())
    const live = `.users.json.${process.pid}.999.tmp`
    const old = `.accounts.json.${process.pid}.998.tmp`
    const others = ['notes.tmp', '.editor.swp.tmp', 'users.json.1.2.tmp']
    for (const name of [live, old, ...others]) await writeFile(join(dir, name), 'x')
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000)
    await utimes(join(dir, old), twoHoursAgo, twoHoursAgo)
    await open(dir)
    const left = (await readdir(dir)).filter((n) => n.endsWith('.tmp')).sort()
    expect(left).toEqual([live, ...others].sort())
  })
})
