/**
 * Reading the exchange log at open (docs/workspace.md "The exchange log"): the active segment from
 * its end backwards, then the rotated segments before it while the window is not full, so start-up
 * costs the same for a 1 MB log and a 1 GB one. A cut-off last line (a crash in the middle of an
 * append) is moved aside and cut from the file so the next append starts clean; an invalid line
 * that is read is skipped and left where it is. Lines older than the window are never read.
 */
import { open, truncate } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { Exchange } from '../../shared/model/exchange'
import { errnoOf, notWritable, WorkspaceError } from './errors'
import type { WorkspaceProblem } from './errors'
import type { ExchangeWindow } from './exchange-window'
import { EXCHANGES_FILE } from './layout'
import { checkJson, toRelative } from './load-json-file'
import { continuedSegments, listSegments } from './log-segments'
import type { ClosedSegment } from './log-segments'
import { BackwardLines } from './ndjson-lines'
import type { NdjsonLine } from './ndjson-lines'
import { writeAside } from './quarantine'
import { issueDetails } from './schemas/format-issues'
import { exchangeLineSchema } from './schemas/exchange'

export interface LogReading {
  readonly problems: WorkspaceProblem[]
  /** The file ends in a complete record without its '\n': the next append must add one first. */
  readonly needsNewline: boolean
  /** Bytes in the active segment after any repair: where the next append goes. */
  readonly size: number
  /** Bytes read to fill the window, over every segment read. */
  readonly bytesRead: number
  /** The closed segments in the folder, oldest first. */
  readonly segments: readonly ClosedSegment[]
}

/** Invalid lines reported one by one before the rest are summed up in one problem. */
const MAX_LINE_PROBLEMS = 10

/** Fills `memory` with the newest exchanges of the log in `root`, repairing a cut-off tail. */
export async function readExchangeLog(
  root: string,
  memory: ExchangeWindow,
  nowMs: number,
): Promise<LogReading> {
  const fill = new WindowFill(memory.capacity)
  const problems: WorkspaceProblem[] = []
  const active = await readSegment(root, EXCHANGES_FILE, fill, { repairTail: true, nowMs })
  problems.push(...active.problems)
  let bytesRead = active.bytesRead
  const segments = await listSegments(root)
  for (const segment of continuedSegments(segments)) {
    if (fill.full) break
    const older = await readSegment(root, segment.name, fill, { repairTail: false, nowMs })
    problems.push(...older.problems)
    bytesRead += older.bytesRead
  }
  for (const exchange of fill.oldestFirst()) memory.remember(exchange)
  return { problems, needsNewline: active.needsNewline, size: active.size, bytesRead, segments }
}

/**
 * The newest record of each id, placed where the id first appears among the lines read (the
 * window's order); reading stops once it holds as many ids as the window keeps.
 */
class WindowFill {
  private readonly entries = new Map<string, { exchange: Exchange; order: number }>()
  private order = 0
  private readonly capacity: number
  constructor(capacity: number) {
    this.capacity = capacity
  }

  get full(): boolean {
    return this.entries.size >= this.capacity
  }

  /** Lines come newest first: the first record of an id is its latest, each later one is earlier. */
  add(exchange: Exchange): void {
    this.order -= 1
    const known = this.entries.get(exchange.id)
    if (known) known.order = this.order
    else this.entries.set(exchange.id, { exchange, order: this.order })
  }

  oldestFirst(): Exchange[] {
    return [...this.entries.values()].sort((a, b) => a.order - b.order).map((e) => e.exchange)
  }
}

interface SegmentReading {
  readonly problems: WorkspaceProblem[]
  readonly needsNewline: boolean
  readonly size: number
  readonly bytesRead: number
}

/** An invalid line met going backwards: counted from the end until the line count is known. */
interface BadLine {
  readonly fromEnd: number
  readonly reason: string
}

async function readSegment(
  root: string,
  file: string,
  fill: WindowFill,
  options: { repairTail: boolean; nowMs: number },
): Promise<SegmentReading> {
  const path = join(root, file)
  const handle = await openForReading(path, file)
  if (handle === undefined) return { problems: [], needsNewline: false, size: 0, bytesRead: 0 }
  const problems: WorkspaceProblem[] = []
  const bad: BadLine[] = []
  let torn: { line: NdjsonLine; reason: string; movedTo: string } | undefined
  let needsNewline = false
  let size: number
  let seen = 0
  let lines: BackwardLines
  try {
    size = (await handle.stat()).size
    lines = new BackwardLines(handle, size)
    for (let line = await lines.next(); line !== undefined; line = await lines.next()) {
      seen += 1
      const text = line.bytes.toString('utf8')
      if (text.trim() === '') continue
      const parsed = parseLine(text)
      if (parsed.ok) {
        fill.add(parsed.exchange)
        // A complete record that only lacks its '\n': keep it; the next append starts a new line.
        if (!line.terminated) needsNewline = true
      } else if (!line.terminated && options.repairTail) {
        const aside = await writeAside(path, line.bytes, options.nowMs)
        torn = { line, reason: parsed.reason, movedTo: toRelative(root, aside) }
      } else {
        bad.push({ fromEnd: seen, reason: parsed.reason })
      }
      if (fill.full) break
    }
  } catch (error) {
    // A log that cannot be read (a folder by that name, an I/O error) stops the open: it is
    // never replaced by an empty one.
    if (error instanceof WorkspaceError) throw error
    throw new WorkspaceError('not-readable', `cannot read ${file}`, { path }, { cause: error })
  } finally {
    await handle.close()
  }
  // Line numbers are known only when the whole segment was read; otherwise count from the end.
  const total = lines.done ? seen : undefined
  if (torn !== undefined) {
    try {
      await truncate(path, torn.line.start)
    } catch (error) {
      throw notWritable(path, error)
    }
    size = torn.line.start
    problems.push(tornProblem(file, torn.reason, torn.movedTo, total))
  }
  problems.push(...lineProblems(file, bad, total))
  return { problems, needsNewline, size, bytesRead: lines.bytesRead }
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
  if (checked.ok) return { ok: true, exchange: checked.value }
  const [first] = issueDetails(checked.issues)
  const where = first === undefined || first.path === '' ? '' : `${first.path} `
  return { ok: false, reason: `not an exchange (${where}${first?.rule ?? 'invalid'})` }
}

function lineProblems(
  file: string,
  bad: readonly BadLine[],
  total: number | undefined,
): WorkspaceProblem[] {
  // Reported in file order, the first ten; the rest summed up.
  const shown = [...bad].reverse().slice(0, MAX_LINE_PROBLEMS)
  const problems: WorkspaceProblem[] = shown.map(({ fromEnd, reason }) => {
    const line = total === undefined ? undefined : total - fromEnd + 1
    const where = line === undefined ? `line ${fromEnd} from the end` : `line ${line}`
    return {
      code: 'invalid-line',
      severity: 'warning',
      file,
      ...(line === undefined ? {} : { line }),
      usedInstead: 'skipped',
      message: `${file} ${where} is ${reason}; it was skipped and left in the file`,
    }
  })
  if (bad.length > MAX_LINE_PROBLEMS) {
    problems.push({
      code: 'invalid-line',
      severity: 'warning',
      file,
      usedInstead: 'skipped',
      message: `${file}: ${bad.length - MAX_LINE_PROBLEMS} more invalid lines were skipped`,
    })
  }
  return problems
}

function tornProblem(
  file: string,
  reason: string,
  movedTo: string,
  total: number | undefined,
): WorkspaceProblem {
  const kept =
    total === undefined
      ? 'the lines before it are kept'
      : total - 1 === 1
        ? 'the line before it is kept'
        : `the ${total - 1} lines before it are kept`
  return {
    code: 'truncated-line',
    severity: 'warning',
    file,
    ...(total === undefined ? {} : { line: total }),
    movedTo,
    usedInstead: 'skipped',
    message: `${file}${total === undefined ? ': the last line' : ` line ${total}`} was cut off (mpsim stopped in the middle of writing it) and is ${reason}; it was moved to ${movedTo}, and ${kept}`,
  }
}

/** The segment's handle, or undefined when it does not exist (yet); unreadable stops the open. */
async function openForReading(path: string, file: string): Promise<FileHandle | undefined> {
  try {
    return await open(path, 'r')
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined
    throw new WorkspaceError('not-readable', `cannot read ${file}`, { path }, { cause: error })
  }
}
