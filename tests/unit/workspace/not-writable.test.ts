import { chmod, mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WorkspaceError } from '../../../src/core/workspace'
import { useWorkspaces } from './helpers'

const { tempDir, open } = useWorkspaces()

/**
 * chmod only stops a process that lacks the privilege to ignore it: root (CI containers often run
 * as root) and Windows ACLs both write straight through a 0o500 folder. Probe it instead of guessing.
 */
async function chmodBlocksWrites(dir: string): Promise<boolean> {
  const probe = join(dir, 'probe')
  await mkdir(probe)
  await chmod(probe, 0o500)
  try {
    await writeFile(join(probe, 'x'), 'x')
    return false
  } catch {
    return true
  } finally {
    await chmod(probe, 0o755)
    await rm(probe, { recursive: true, force: true })
  }
}

describe('a workspace that cannot be written', () => {
  it('fails with not-writable when the folder cannot be created', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'a-file'), '')
    const attempt = open(join(dir, 'a-file', 'workspace'))
    await expect(attempt).rejects.toBeInstanceOf(WorkspaceError)
    await expect(attempt).rejects.toMatchObject({
      code: 'not-writable',
      detail: { errno: expect.stringMatching(/^(ENOTDIR|EEXIST)$/) as unknown },
    })
  })

  it('fails with not-writable on a read-only folder', async (context) => {
    const dir = await tempDir()
    if (!(await chmodBlocksWrites(dir))) {
      context.skip(
        'chmod 0o500 does not stop this process from writing (running as root, or Windows ACLs); the folder-in-the-way test covers the error path',
      )
    }
    const workspace = join(dir, 'ws')
    await mkdir(workspace)
    await chmod(workspace, 0o500)
    try {
      const attempt = open(workspace)
      await expect(attempt).rejects.toMatchObject({
        code: 'not-writable',
        detail: { errno: 'EACCES', path: expect.stringContaining(workspace) as unknown },
      })
      await expect(attempt).rejects.toThrow(/^cannot write /)
    } finally {
      await chmod(workspace, 0o755)
    }
  })
})
