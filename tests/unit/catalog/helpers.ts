/** Shared bits of the catalogue tests: a context from a push header, and a code assertion. */
import { expect } from 'vitest'
import { CatalogError } from '../../../src/core/protocol/catalog'
import type { CatalogErrorCode, PushContext } from '../../../src/core/protocol/catalog'
import { seededRandom } from '../../../src/core/runtime/random'

export const GH = 'gh_de0f036ce08f'
export const OPENID = 'ooUo26seZPcU3qKfcMiXLneG3fO4'

/** A build context with fixed header values and a seeded random, so every run is the same. */
export function testContext(overrides: Partial<PushContext> = {}): PushContext {
  return {
    toUserName: GH,
    fromUserName: OPENID,
    now: 1668869541,
    random: seededRandom('catalog-tests'),
    ...overrides,
  }
}

/** Runs fn, expects a CatalogError with this code, and returns it for further checks. */
export function expectCatalogError(fn: () => unknown, code: CatalogErrorCode): CatalogError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError)
    expect((error as CatalogError).code).toBe(code)
    return error as CatalogError
  }
  throw new Error(`expected CatalogError ${code}, nothing was thrown`)
}
