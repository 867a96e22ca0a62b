/**
 * "Every refusal carries a typed code": runs a protocol function and returns its value, or the
 * typed error it threw. Anything else thrown (a TypeError, a parser's bare Error) fails the
 * property with the error's name, message and first stack frames, so the report says where.
 */
import type { MpsimError } from '../../../src/core/errors'

type ErrorClass = abstract new (...args: never[]) => MpsimError

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: MpsimError }

export function untypedErrorMessage(error: unknown): string {
  if (!(error instanceof Error)) return `threw a non-Error value: ${String(error)}`
  const frames = (error.stack ?? '').split('\n').slice(1, 4).join(' | ')
  return `threw an untyped ${error.constructor.name}: ${error.message.slice(0, 300)} at ${frames}`
}

/**
 * @param allowed the typed error classes this function may throw
 * @param codes when given, the codes those errors may carry
 */
export function outcomeOf<T>(
  run: () => T,
  allowed: readonly ErrorClass[],
  codes?: readonly string[],
): Outcome<T> {
  try {
    return { ok: true, value: run() }
  } catch (error) {
    if (!allowed.some((c) => error instanceof c)) {
      throw new Error(untypedErrorMessage(error), { cause: error })
    }
    const typed = error as MpsimError
    if (typeof typed.code !== 'string' || typed.code === '') {
      throw new Error(`${typed.name} without a code: ${typed.message}`, { cause: error })
    }
    if (codes && !codes.includes(typed.code)) {
      throw new Error(`${typed.name} with an unknown code "${typed.code}": ${typed.message}`, {
        cause: error,
      })
    }
    return { ok: false, error: typed }
  }
}

/** For functions that must not throw at all: the value, or a failure naming what was thrown. */
export function mustReturn<T>(run: () => T): T {
  try {
    return run()
  } catch (error) {
    throw new Error(untypedErrorMessage(error), { cause: error })
  }
}
