/** Writes tests/fixtures/captures from capture-fixtures.ts: `npx tsx tests/helpers/write-capture-fixtures.ts`. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { captureFixtures } from './capture-fixtures'

const root = join(import.meta.dirname, '../fixtures/captures')
for (const [path, content] of Object.entries(captureFixtures())) {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), content)
}
