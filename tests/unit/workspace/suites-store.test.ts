/**
 * The workspace's suites/ store: names stay inside suites/ whatever they are made of (.., absolute
 * paths, drive letters, backslashes, links that point out), writes replace files atomically and
 * leave no temp file, listing is sorted, skips hidden files and non-suites, and is bounded.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  checkSuiteName,
  createSuiteStore,
  SuiteNameError,
} from '../../../src/core/workspace/suites'

let root = ''
let outside = ''

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mpsim-suites-'))
  outside = await mkdtemp(join(tmpdir(), 'mpsim-outside-'))
  await mkdir(join(root, 'suites'))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
  await rm(outside, { recursive: true, force: true })
})

describe('checkSuiteName', () => {
  it.each(['smoke.yaml', 'orders/refund.json', 'a/b/c/d/e.yml'])('accepts %s', (name) => {
    expect(checkSuiteName(name)).toBe(name)
  })

  it.each([
    ['../escape.yaml', /'\.\.'/],
    ['a/../../escape.yaml', /'\.\.'/],
    ['/etc/passwd.yaml', /inside suites/],
    ['C:/x.yaml', /inside suites/],
    ['a\\b.yaml', /'\/'/],
    ['a//b.yaml', /empty/],
    ['.hidden.yaml', /start a part with '\.'/],
    ['notes.txt', /ends in \.json, \.yaml, \.yml/],
    ['a/b/c/d/e/f.yaml', /at most 4 folders deep/],
    ['nul\0.yaml', /NUL/],
  ])('refuses %j', (name, reason) => {
    expect(() => checkSuiteName(name)).toThrow(SuiteNameError)
    expect(() => checkSuiteName(name)).toThrow(reason)
  })
})

describe('the suites store', () => {
  it('writes, reads back and replaces a suite, leaving no temp file', async () => {
    const store = createSuiteStore(root)
    await store.write('orders/refund.yaml', 'version: 1\n')
    await store.write('orders/refund.yaml', 'version: 1\nname: refund\n')
    expect(await store.read('orders/refund.yaml')).toBe('version: 1\nname: refund\n')
    expect(await readdir(join(root, 'suites', 'orders'))).toEqual(['refund.yaml'])
  })

  it('answers undefined for a suite that does not exist', async () => {
    expect(await createSuiteStore(root).read('nope.json')).toBeUndefined()
  })

  it('lists suite files sorted, without hidden files, temp files or other files', async () => {
    const dir = join(root, 'suites')
    await mkdir(join(dir, 'b'))
    await writeFile(join(dir, 'b', 'two.yml'), '')
    await writeFile(join(dir, 'a.json'), '')
    await writeFile(join(dir, '.a.json.123.1.tmp'), '')
    await writeFile(join(dir, 'README.md'), '')
    expect(await createSuiteStore(root).list()).toEqual(['a.json', 'b/two.yml'])
  })

  it('refuses to write through a link in suites/ that points outside', async () => {
    await symlink(outside, join(root, 'suites', 'linked'), 'dir')
    const store = createSuiteStore(root)
    await expect(store.write('linked/evil.yaml', 'x')).rejects.toThrow(/leads outside suites/)
    await expect(store.write('linked/deeper/evil.yaml', 'x')).rejects.toThrow(
      /leads outside suites/,
    )
    expect(await readdir(outside)).toEqual([])
  })

  it('refuses to read a file outside through a link', async () => {
    await writeFile(join(outside, 'secret.yaml'), 'secret')
    await symlink(join(outside, 'secret.yaml'), join(root, 'suites', 'secret.yaml'))
    await expect(createSuiteStore(root).read('secret.yaml')).rejects.toThrow(/outside suites/)
  })

  it('refuses a bad name before touching the disk', async () => {
    await expect(createSuiteStore(root).write('../x.yaml', 'x')).rejects.toThrow(SuiteNameError)
    await expect(readFile(join(root, 'x.yaml'))).rejects.toThrow(/ENOENT/)
  })
})
