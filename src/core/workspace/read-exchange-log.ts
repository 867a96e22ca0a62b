/**
 * Reading exchanges.ndjson at open: every valid line goes into the window; a cut-off last line (a
 * crash in the middle of an append) is moved aside and cut from the file so the next append
 * starts clean; an invalid line in the middle is skipped and left where it is. No earlier line is
 * ever lost.
 */
import { open, truncate } from 'node:fs/promises'
import type { Exchange } from '../../shared/model/exchange'
import { errnoOf, notWritable, WorkspaceError } from './errors'
import type { WorkspaceProblem } from './errors'
import type { ExchangeWindow } from './exchange-window'
import { EXCHANGES_FILE } from './layout'
import { checkJson, toRelative } from './load-json-file'
import { readNdjsonLines } from './ndjson-lines'
import type { NdjsonLine } from './ndjson-lines'
import { writeAside } from './quarantine'
import { issueDetails } from './schemas/format-issues'
import { asExchange, exchangeLineSchema } from './schemas/exchange'

export interface LogReading {
  readonly problems: WorkspaceProblem[]
  /** The file ends in a complete record without its '\n': the next append must add one first. */
  readonly needsNewline: boolean
}

/** Invalid lines reported one by one before the rest are summed up in one problem. */
const MAX_LINE_PROBLEMS = 10

/** Reads `path` into `memory`, repairing a cut-off tail. */
export async function readExchangeLog(
  root: string,
  path: string,
  memory: ExchangeWindow,
  nowMs: number,
): Promise<LogReading> {
  const problems: WorkspaceProblem[] = []
  let invalidLines = 0
  let needsNewline = false

  const readable = await exists(path)
  for await (const line of readable ? readNdjsonLines(path) : []) {
    const text = line.bytes.toString('utf8')
    if (text.trim() === '') continue
    const parsed = parseLine(text)
    if (parsed.ok) {
      memory.remember(parsed.exchange)
      // A complete record that only lacks its '\n': keep it, and start the next append on a new line.
      if (!line.terminated) needsNewline = true
    } else if (!line.terminated) {
      problems.push(await setAsideTail(root, path, line, parsed.reason, nowMs))
    } else {
      invalidLines += 1
      if (invalidLines <= MAX_LINE_PROBLEMS) problems.push(invalidLine(line.number, parsed.reason))
    }
  }
  if (invalidLines > MAX_LINE_PROBLEMS) {
    problems.push({
      code: 'invalid-line',
      severity: 'warning',
      file: EXCHANGES_FILE,
      message: `${EXCHANGES_FILE}: ${invalidLines - MAX_LINE_PROBLEMS} more invalid lines were skipped`,
    })
  }
  return { problems, needsNewline }
}

type LineParse = { ok: true; exchange: Exchange } | { ok: false; reason: string }

function parseLine(text: string): LineParse {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return {
      ok: false,
      reason: `not JSON (${error instanceof Error ? error.message : 'parse error'})`,
    }
  }
  const checked = checkJson(exchangeLineSchema, data)
  if (checked.ok) return { ok: true, exchange: asExchange(checked.value) }
  const [first] = issueDetails(checked.issues)
  const where = first === undefined || first.path === '' ? '' : `${first.path} `
  return { ok: false, reason: `not an exchange (${where}${first?.rule ?? 'invalid'})` }
}

function invalidLine(line: number, reason: string): WorkspaceProblem {
  return {
    code: 'invalid-line',
    severity: 'warning',
    file: EXCHANGES_FILE,
    line,
    message: `${EXCHANGES_FILE} line ${line} is ${reason}; it was skipped and left in the file`,
  }
}

/** Moves a cut-off last line aside and cuts it from the log, so the next append starts clean. */
async function setAsideTail(
  root: string,
  path: string,
  line: NdjsonLine,
  reason: string,
  nowMs: number,
): Promise<WorkspaceProblem> {
  const aside = await writeAside(path, line.bytes, nowMs)
  try {
    await truncate(path, line.start)
  } catch (error) {
    throw notWritable(path, error)
  }
  const movedTo = toRelative(root, aside)
  return {
    code: 'truncated-line',
    severity: 'warning',
    file: EXCHANGES_FILE,
    line: line.number,
    movedTo,
    message: `${EXCHANGES_FILE} line ${line.number} was cut off (mpsim stopped in the middle of writing it) and is ${reason}; it was moved to ${movedTo}, and ${kept(line.number - 1)}`,
  }
}

function kept(lines: number): string {
  return lines === 1 ? 'the line before it is kept' : `the ${lines} lines before it are kept`
}

/** Whether the log exists yet; a log that cannot be read stops the open (it is never replaced). */
async function exists(path: string): Promise<boolean> {
  try {
    await (await open(path, 'r')).close()
    return true
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return false
    throw new WorkspaceError(
      'not-readable',
      `cannot read ${EXCHANGES_FILE}`,
      { path },
      { cause: error },
    )
  }
}
