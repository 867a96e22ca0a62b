/**
 * A suite written back as text in the file's own format (JSON for .json, YAML otherwise), laid out
 * for a reviewer's diff: two-space indent, keys in the schema's order, long XML as block text.
 */
import { stringify } from 'yaml'
import type { Suite } from '../../../shared/model/suite'
import { isJsonName } from './parse-suite'

export function formatSuite(suite: Suite, fileName: string): string {
  if (isJsonName(fileName)) return `${JSON.stringify(suite, null, 2)}\n`
  // lineWidth 0: never fold a long Content or XML line; a fold is a diff of its own.
  return stringify(suite, { indent: 2, lineWidth: 0, blockQuote: 'literal' })
}
