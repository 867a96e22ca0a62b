/**
 * Writing one workspace JSON file: validated against the same schema the loader uses (so mpsim
 * never writes a file it would refuse to read back), normalised through it (so keys come out in
 * the schema's order whatever order the object was built in), then replaced atomically, readable
 * by the owner only when it holds secrets (layout.ts).
 */
import { join } from 'node:path'
import type { z } from 'zod'
import { writeFileAtomic } from './atomic-write'
import { WorkspaceError } from './errors'
import { toJsonText } from './json-text'
import { isPrivateFile, PRIVATE_FILE_MODE } from './layout'
import { checkJson } from './load-json-file'
import { issueDetails, issueLines } from './schemas/format-issues'

export async function saveJsonFile<T>(
  root: string,
  file: string,
  schema: z.ZodType<T>,
  value: unknown,
): Promise<T> {
  const checked = checkJson(schema, value)
  if (!checked.ok) {
    const issues = issueDetails(checked.issues)
    const lines = issueLines(file, issues)
    throw new WorkspaceError('invalid-value', `not saved: ${lines.join('; ')}`, {
      path: join(root, file),
      issues,
    })
  }
  await writeFileAtomic(
    join(root, ...file.split('/')),
    toJsonText(checked.value),
    isPrivateFile(file) ? { mode: PRIVATE_FILE_MODE } : {},
  )
  return checked.value
}
