/**
 * suites/: the workspace's replay suites (docs/replay.md "Suites"), JSON or YAML files a reviewer
 * can diff and commit. A suite is named by its path inside suites/ ('smoke.yaml', 'orders/refund.json');
 * a name can never reach outside the folder — not with '..', an absolute path, a drive letter, a
 * backslash, nor through a symbolic link inside suites/ that points elsewhere. Writes replace the
 * file atomically (atomic-write.ts), so a crash leaves the old suite or the new one, never half.
 */
import { lstat, mkdir, readdir, readFile, realpath } from 'node:fs/promises'
import { basename, dirname, join, relative, sep } from 'node:path'
import { writeFileAtomic } from './atomic-write'
import { notWritable, WorkspaceError } from './errors'
import { SUITES_DIR } from './layout'

/** The file types a suite may have; the extension says which parser reads it. */
export const SUITE_EXTENSIONS = ['.json', '.yaml', '.yml'] as const

/** Bounds of a listing: a folder of captures dropped into suites/ must not stall the app. */
const MAX_DEPTH = 4
const MAX_FILES = 1000
/** A suite is a text file a person edits; anything bigger is not one (captures go elsewhere). */
export const MAX_SUITE_BYTES = 16 * 1024 * 1024

export class SuiteNameError extends Error {}

export interface SuiteStore {
  /** Absolute path of suites/. */
  readonly dir: string
  /** Suite files, '/'-separated paths inside suites/, sorted; at most 1000, 4 folders deep. */
  list(): Promise<string[]>
  /** The file's text; undefined when there is no such suite. Throws SuiteNameError for a bad name. */
  read(file: string): Promise<string | undefined>
  /** Replaces (or creates) the file atomically, creating its folders. */
  write(file: string, text: string): Promise<void>
}

/**
 * Checks a suite name and returns its normalised '/'-separated form. Refuses what could leave
 * suites/ or is not a suite file, with the reason.
 */
export function checkSuiteName(file: string): string {
  if (file.includes('\0')) throw new SuiteNameError('a suite name cannot contain a NUL character')
  if (file.includes('\\')) {
    throw new SuiteNameError(`use '/' between folders in a suite name, got ${JSON.stringify(file)}`)
  }
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file)) {
    throw new SuiteNameError(`a suite name is a path inside suites/, not ${JSON.stringify(file)}`)
  }
  const parts = file.split('/')
  if (parts.some((part) => part === '' || part === '.' || part === '..')) {
    throw new SuiteNameError(
      `a suite name cannot have empty, '.' or '..' parts: ${JSON.stringify(file)}`,
    )
  }
  if (parts.some((part) => part.startsWith('.'))) {
    // Hidden names are the atomic writer's temp files and editors' backups.
    throw new SuiteNameError(`a suite name cannot start a part with '.': ${JSON.stringify(file)}`)
  }
  if (parts.length > MAX_DEPTH + 1) {
    throw new SuiteNameError(`a suite can be at most ${MAX_DEPTH} folders deep inside suites/`)
  }
  if (!SUITE_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext))) {
    throw new SuiteNameError(
      `a suite file ends in ${SUITE_EXTENSIONS.join(', ')}: ${JSON.stringify(file)}`,
    )
  }
  return parts.join('/')
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel)
}

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code
}

export function createSuiteStore(workspaceDir: string): SuiteStore {
  const dir = join(workspaceDir, SUITES_DIR)

  /**
   * The file's path after following links, checked to be inside suites/ (itself resolved, so a
   * workspace under a linked folder such as macOS's /tmp still works). Missing parts are fine:
   * the deepest existing folder is what is checked.
   */
  const confined = async (name: string): Promise<string> => {
    const path = join(dir, ...name.split('/'))
    const root = await realpath(dir)
    const missing: string[] = []
    let existing = path
    for (;;) {
      try {
        const real = join(await realpath(existing), ...missing)
        if (!isInside(root, real)) {
          throw new SuiteNameError(`the suite ${JSON.stringify(name)} leads outside suites/`)
        }
        return path
      } catch (error) {
        if (errnoOf(error) !== 'ENOENT' || existing === dir) throw error
        missing.unshift(basename(existing))
        existing = dirname(existing)
      }
    }
  }

  const walk = async (folder: string, prefix: string, depth: number, out: string[]) => {
    let entries
    try {
      entries = await readdir(folder, { withFileTypes: true })
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return
      throw error
    }
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (out.length >= MAX_FILES) return
      if (entry.name.startsWith('.')) continue
      const name = prefix === '' ? entry.name : `${prefix}/${entry.name}`
      // Links are not followed while listing: a link to a big folder would otherwise be walked.
      if (entry.isDirectory() && depth < MAX_DEPTH)
        await walk(join(folder, entry.name), name, depth + 1, out)
      else if (entry.isFile() && SUITE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) {
        out.push(name)
      }
    }
  }

  return {
    dir,
    list: async () => {
      const out: string[] = []
      await walk(dir, '', 0, out)
      return out
    },
    read: async (file) => {
      const name = checkSuiteName(file)
      let path: string
      try {
        path = await confined(name)
        const info = await lstat(path)
        if (!info.isFile() && !info.isSymbolicLink()) return undefined
        if (info.size > MAX_SUITE_BYTES) {
          throw new SuiteNameError(`the suite ${name} is over ${MAX_SUITE_BYTES} bytes`)
        }
        return await readFile(path, 'utf8')
      } catch (error) {
        if (errnoOf(error) === 'ENOENT') return undefined
        if (error instanceof SuiteNameError) throw error
        throw new WorkspaceError('not-readable', `cannot read suites/${name}`, {
          path: join(dir, name),
          ...(errnoOf(error) === undefined ? {} : { errno: errnoOf(error) }),
        })
      }
    },
    write: async (file, text) => {
      const name = checkSuiteName(file)
      const path = join(dir, ...name.split('/'))
      // Checked before any folder is made: a link inside suites/ must not get one made elsewhere.
      await confined(name)
      try {
        await mkdir(dirname(path), { recursive: true })
      } catch (error) {
        throw notWritable(dirname(path), error)
      }
      await writeFileAtomic(path, text)
    },
  }
}
