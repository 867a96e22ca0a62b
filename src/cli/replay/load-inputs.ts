/**
 * What `mpsim replay` was given, made into suites to run (docs/replay.md "CLI"): suite files
 * (.yaml/.yml, or .json whose top level has `version` and `steps`) are parsed with the line and
 * reason of each problem; everything else — XML files, folders, HARs, exchange logs and exports —
 * is read as captures and becomes one suite. The CLI reads the files itself, so a running core is
 * never asked to open a path it was handed; a suite's `send: {capture}` steps are inlined here for
 * the same reason; one whose path is made of variables is read by the core, beside the
 * suite file inside the workspace's suites/ (and refused for a suite elsewhere).
 */
import { readFile, realpath, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import type { Account } from '../../shared/model/account'
import type { ImportReport } from '../../shared/model/capture'
import type { Suite, SuiteStep } from '../../shared/model/suite'
import { importCaptures, readCaptureFiles } from '../../core/replay/import'
import { parseSuiteText } from '../../core/replay/suite'
import { UsageError } from '../flag-rules'
import { suiteOfCaptures } from './captures-suite'

export interface LoadedSuite {
  readonly suite: Suite
  /** The file as given on the command line; absent for the suite of captures. */
  readonly file?: string
  /**
   * Its name inside the workspace's suites/ when it lives there: the core then reads the
   * `{capture}` paths made of variables beside it (the one folder a core reads captures from).
   */
  readonly suitesName?: string
}

export interface LoadedInputs {
  readonly suites: LoadedSuite[]
  /** What the capture import found and skipped (undefined when no capture was given). */
  readonly captures?: ImportReport
}

const SUITE_NAME = /\.ya?ml$/i

/** A .json file is a suite when its top level says so; an export or a HAR is not. */
function looksLikeSuite(text: string): boolean {
  try {
    const doc: unknown = JSON.parse(text)
    return typeof doc === 'object' && doc !== null && 'steps' in doc && 'version' in doc
  } catch {
    // Broken JSON named .json: report it as a suite, with the parser's line and reason.
    return !/^\s*\[|^\s*</.test(text)
  }
}

async function kindOf(
  path: string,
): Promise<{ kind: 'suite'; text: string } | { kind: 'capture' }> {
  const info = await stat(path).catch(() => undefined)
  if (info === undefined) throw new UsageError(`no such file or folder: ${path}`)
  if (info.isDirectory()) return { kind: 'capture' }
  if (SUITE_NAME.test(path)) return { kind: 'suite', text: await readFile(path, 'utf8') }
  if (/\.json$/i.test(path)) {
    const text = await readFile(path, 'utf8')
    if (looksLikeSuite(text)) return { kind: 'suite', text }
  }
  return { kind: 'capture' }
}

/** `send: {capture}` → `send: {xml}` with the recorded reply, read beside the suite file. */
async function inlineCaptures(
  suite: Suite,
  file: string,
  accounts: readonly Account[],
): Promise<Suite> {
  const steps: SuiteStep[] = []
  for (const [index, step] of suite.steps.entries()) {
    if (!('capture' in step.send) || step.send.capture.includes('{{')) {
      // A capture path made of variables is read by the core, one per row.
      steps.push(step)
      continue
    }
    const path = resolve(dirname(file), step.send.capture)
    const bytes = await readFile(path).catch((error: unknown) => {
      throw new UsageError(
        `${file}: steps.${index}.send.capture: cannot read ${path}: ${(error as Error).message}`,
      )
    })
    const report = importCaptures([{ name: step.send.capture, bytes }], { accounts })
    const [message, ...more] = report.messages
    if (message === undefined || more.length > 0) {
      const why =
        message === undefined
          ? (report.skipped[0]?.reason ?? 'nothing found')
          : `${report.messages.length} pushes; a step sends one`
      throw new UsageError(`${file}: steps.${index}.send.capture: ${step.send.capture}: ${why}`)
    }
    steps.push({
      ...step,
      send: { xml: message.plainXml },
      ...(step.recordedReply === undefined && message.recordedReply !== undefined
        ? { recordedReply: message.recordedReply.body }
        : {}),
    })
  }
  return { ...suite, steps }
}

/** The file's name inside suites/ ('a/b.yaml'), or undefined when it is elsewhere. */
async function nameInSuites(file: string, suitesDir: string | undefined) {
  if (suitesDir === undefined) return undefined
  const [root, real] = await Promise.all([
    realpath(suitesDir).catch(() => undefined),
    realpath(file).catch(() => undefined),
  ])
  if (root === undefined || real === undefined) return undefined
  const rel = relative(root, real)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined
  return rel.split(sep).join('/')
}

/**
 * A suite whose `{capture}` paths are made of variables leaves them to the core, one per row —
 * which reads captures only inside the workspace's suites/, beside the suite file there.
 */
function variableCaptures(suite: Suite): number[] {
  return suite.steps.flatMap((step, index) =>
    'capture' in step.send && step.send.capture.includes('{{') ? [index] : [],
  )
}

/** Throws UsageError (exit 2) for a missing path, a suite with problems, or captures with no push. */
export async function loadInputs(
  paths: readonly string[],
  accounts: readonly Account[],
  /** The workspace's suites/ folder. */
  suitesDir?: string,
): Promise<LoadedInputs> {
  if (paths.length === 0) throw new UsageError('give at least one suite file or capture')
  const suites: LoadedSuite[] = []
  const capturePaths: string[] = []
  const problems: string[] = []
  for (const path of paths) {
    const kind = await kindOf(path)
    if (kind.kind === 'capture') {
      capturePaths.push(path)
      continue
    }
    const parsed = parseSuiteText(kind.text, basename(path))
    if (parsed.suite === undefined) {
      for (const p of parsed.problems) {
        const where = [path, p.line, p.line === undefined ? undefined : p.column]
          .filter((part) => part !== undefined)
          .join(':')
        problems.push(`${where}: ${p.path === undefined ? '' : `${p.path}: `}${p.message}`)
      }
      continue
    }
    const suite = await inlineCaptures(parsed.suite, path, accounts)
    const suitesName = await nameInSuites(path, suitesDir)
    const [variable] = variableCaptures(suite)
    if (variable !== undefined && suitesName === undefined) {
      throw new UsageError(
        `${path}: steps.${variable}.send.capture: a capture path with variables is read by the ` +
          `core, beside the suite in the workspace's suites/ folder: put the suite and its ` +
          `captures there, or write the path without variables`,
      )
    }
    suites.push({ suite, file: path, ...(suitesName === undefined ? {} : { suitesName }) })
  }
  if (problems.length > 0) throw new UsageError(problems.join('\n'))
  if (capturePaths.length === 0) return { suites }
  const report = importCaptures(await readCaptureFiles(capturePaths), { accounts })
  if (report.messages.length > 0) {
    const name = capturePaths.length === 1 ? basename(capturePaths[0] ?? '') : 'captures'
    suites.push({ suite: suiteOfCaptures(report.messages, name) })
  }
  return { suites, captures: report }
}
