/** The README's control API table is the scripting reference: every command must be in it. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contract } from '../../src/shared/control/contract'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const section = readme.slice(readme.indexOf('## Control API'), readme.indexOf('## Layout'))

describe('README control API table', () => {
  it.each(Object.entries(contract))('documents %s', (name, route) => {
    expect(section).toContain(name)
    // Paths under /api/lab/ are documented together as /api/lab/*.
    const path = route.path.startsWith('/api/lab/') ? '/api/lab/*' : route.path
    expect(section).toContain(path)
  })
})
