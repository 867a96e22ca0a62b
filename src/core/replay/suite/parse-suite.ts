/**
 * Reads a suite file (docs/replay.md "Suites"): JSON or YAML, checked against the suite schema,
 * every problem given with the line and column it is on, so a reviewer fixing a suite in an
 * editor or a CI log goes straight to it. JSON is read by the YAML parser too (JSON is YAML 1.2),
 * which keeps one way of locating nodes; a JSON file's own syntax errors come from JSON.parse,
 * whose wording a JSON author recognises.
 */
import { LineCounter, parseDocument } from 'yaml'
import type { Document } from 'yaml'
import type { z } from 'zod'
import type { SuiteProblem as SuiteProblemSchema } from '../../../shared/control/replay-schemas'
import { suiteSchema } from '../../../shared/model/suite'
import type { Suite } from '../../../shared/model/suite'
import { issueMessage } from './issue-message'
import { locate } from './locate'

export type SuiteProblem = z.infer<typeof SuiteProblemSchema>

export interface ParsedSuite {
  readonly suite?: Suite
  readonly problems: SuiteProblem[]
}

/** Suites are hand-written files; anything larger is not one (and would stall the editor). */
export const MAX_SUITE_BYTES = 5 * 1024 * 1024

export function isJsonName(fileName: string): boolean {
  return fileName.toLowerCase().endsWith('.json')
}

export function parseSuiteText(text: string, fileName: string): ParsedSuite {
  if (Buffer.byteLength(text, 'utf8') > MAX_SUITE_BYTES) {
    return { problems: [{ message: `the file is larger than ${MAX_SUITE_BYTES} bytes` }] }
  }
  const lineCounter = new LineCounter()
  if (isJsonName(fileName)) {
    const jsonProblem = jsonSyntaxProblem(text, lineCounter)
    if (jsonProblem) return { problems: [jsonProblem] }
  }
  // uniqueKeys: a key written twice is a mistake a reviewer would miss; say so.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => {
        const at = lineCounter.linePos(error.pos[0])
        return { line: at.line, column: at.col, message: firstLine(error.message) }
      }),
    }
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 })
  if (value === null || value === undefined) {
    return {
      problems: [
        { line: 1, column: 1, message: 'the file is empty: a suite needs version, name and steps' },
      ],
    }
  }
  const checked = suiteSchema.safeParse(value)
  if (checked.success) return { suite: checked.data, problems: [] }
  return { problems: schemaProblems(doc, lineCounter, checked.error.issues) }
}

function schemaProblems(
  doc: Document,
  lineCounter: LineCounter,
  issues: readonly z.core.$ZodIssue[],
): SuiteProblem[] {
  const problems = issues.map((issue) => {
    const path = issue.path.map(String)
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : []
    const at = locate(doc, lineCounter, path, keys[0])
    return {
      ...(at ? { line: at.line, column: at.col } : {}),
      ...(path.length > 0 ? { path: path.join('.') } : {}),
      message: issueMessage(issue),
    }
  })
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
}

function jsonSyntaxProblem(text: string, lineCounter: LineCounter): SuiteProblem | undefined {
  try {
    JSON.parse(text)
    return undefined
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    // V8 says "… in JSON at position N (line L column C)"; older ones only the position.
    const lineCol = /\(line (\d+) column (\d+)\)/.exec(message)
    if (lineCol) {
      return {
        line: Number(lineCol[1]),
        column: Number(lineCol[2]),
        message: withoutPosition(message),
      }
    }
    if (text.trim() === '') return { line: 1, column: 1, message: 'the file is empty' }
    const position = /at position (\d+)/.exec(message)
    const offset = position ? Number(position[1]) : yamlErrorOffset(text)
    if (offset === undefined) return { message }
    lineCounter.addNewLine(0)
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineCounter.addNewLine(i + 1)
    const at = lineCounter.linePos(offset)
    return { line: at.line, column: at.col, message: withoutPosition(message) }
  }
}

/** Some JSON.parse messages carry no position; the YAML parser usually finds the same fault. */
function yamlErrorOffset(text: string): number | undefined {
  return parseDocument(text, { prettyErrors: false }).errors[0]?.pos[0]
}

function withoutPosition(message: string): string {
  return message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ at position \d+/, '')
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}
