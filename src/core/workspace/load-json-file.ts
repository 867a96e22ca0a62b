/**
 * Reading one workspace JSON file: missing, good, or bad. A bad file (not JSON, or JSON that breaks
 * its schema) is moved aside before anything else happens, so the defaults the caller writes next
 * can never replace the user's data; the problem names the file, the field path and the rule.
 */
import { readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { z } from 'zod'
import { errnoOf, WorkspaceError } from './errors'
import type { WorkspaceFallback, WorkspaceProblem } from './errors'
import { parseJsonText } from './json-text'
import { ACCOUNTS_FILE, FILE_VERSION, MENUS_DIR, SETTINGS_FILE, USERS_FILE } from './layout'
import { moveAside } from './quarantine'
import { issueDetails, issueLines, ruleWording } from './schemas/format-issues'

export type LoadedJson<T> =
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'missing' }
  | { readonly status: 'bad'; readonly problem: WorkspaceProblem }

/** Validates `data` against `schema` with the workspace's wording (secrets redacted). */
export function checkJson<T>(
  schema: z.ZodType<T>,
  data: unknown,
): { ok: true; value: T } | { ok: false; issues: z.core.$ZodIssue[] } {
  const result = schema.safeParse(data, { reportInput: true, error: ruleWording })
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: result.error.issues }
}

export async function loadJsonFile<T>(
  root: string,
  file: string,
  schema: z.ZodType<T>,
  nowMs: number,
): Promise<LoadedJson<T>> {
  const path = join(root, ...file.split('/'))
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const errno = errnoOf(error)
    if (errno === 'ENOENT') return { status: 'missing' }
    // Unreadable is not the same as bad: replacing a file we could not even look at would be the
    // silent overwrite the design forbids, so stop instead.
    throw new WorkspaceError(
      'not-readable',
      `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
      errno === undefined ? { path } : { path, errno },
      { cause: error },
    )
  }

  const usedInstead = fallbackFor(file)
  const parsed = parseJsonText(text)
  if (!parsed.ok) {
    const movedTo = toRelative(root, await moveAside(path, nowMs))
    return {
      status: 'bad',
      problem: {
        code: 'corrupt-file',
        severity: 'error',
        file,
        movedTo,
        ...(usedInstead === undefined ? {} : { usedInstead }),
        message: `${file} is not valid JSON (${parsed.reason}); it was moved to ${movedTo} and ${instead(usedInstead)}`,
      },
    }
  }

  const checked = checkJson(schema, parsed.value)
  if (checked.ok) return { status: 'ok', value: checked.value }
  const issues = issueDetails(checked.issues)
  const lines = issueLines(file, issues)
  const more = lines.length > 1 ? ` (and ${lines.length - 1} more)` : ''
  const fileVersion = newerVersion(parsed.value)
  const newer = fileVersion === undefined ? '' : ' (a newer mpsim wrote it)'
  const movedTo = toRelative(root, await moveAside(path, nowMs))
  return {
    status: 'bad',
    problem: {
      code: 'invalid-file',
      severity: 'error',
      file,
      movedTo,
      ...(usedInstead === undefined ? {} : { usedInstead }),
      ...(fileVersion === undefined ? {} : { fileVersion }),
      issues,
      message: `${lines[0] ?? `${file} is invalid`}${more}${newer}; the file was moved to ${movedTo} and ${instead(usedInstead)}`,
    },
  }
}

/** What the caller puts in place of each file when it is bad (load-state.ts, menu-store.ts). */
function fallbackFor(file: string): WorkspaceFallback | undefined {
  switch (file) {
    case SETTINGS_FILE:
      return 'default-settings'
    case ACCOUNTS_FILE:
      return 'new-account'
    case USERS_FILE:
      return 'default-users'
    default:
      return file.startsWith(`${MENUS_DIR}/`) ? 'no-menu' : undefined
  }
}

function instead(fallback: WorkspaceFallback | undefined): string {
  return fallback === undefined ? 'defaults are used' : `${FALLBACK_WORDS[fallback]} used instead`
}

const FALLBACK_WORDS: Readonly<Record<WorkspaceFallback, string>> = {
  'default-settings': 'the default settings are',
  'new-account': 'a new test account (fresh AppID, secret, Token and key) is',
  'default-users': 'the three default users are',
  'no-menu': 'no menu is',
  'default-account': 'the default account is',
  skipped: 'nothing is',
}

/** A `version` above the one this mpsim reads: the file comes from a newer mpsim. */
function newerVersion(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null || !('version' in data)) return undefined
  const { version } = data
  return typeof version === 'number' && version > FILE_VERSION ? version : undefined
}

/** Workspace-relative path with '/' separators, as problems report it on every OS. */
export function toRelative(root: string, path: string): string {
  return relative(root, path).split(sep).join('/')
}
