/**
 * The files in tests/fixtures/captures are exactly what tests/helpers/capture-fixtures.ts builds:
 * the encrypted captures were made with the workspace account's keys by the protocol module, and
 * nobody edited a fixture by hand without its recipe.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { captureFixtures } from '../../helpers/capture-fixtures'

const DIR = join(import.meta.dirname, '../../fixtures/captures')

describe('capture fixtures', () => {
  it.each(Object.entries(captureFixtures()))('%s matches its recipe', (path, content) => {
    const expected =
      typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)
    expect(readFileSync(join(DIR, path)).equals(expected)).toBe(true)
  })
})
