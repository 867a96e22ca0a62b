/** Typed reads of untrusted JSON fields; anything of the wrong type counts as absent. */
import type { JsonObject } from './json-body'

export function str(obj: JsonObject | undefined, key: string): string | undefined {
  const v = obj?.[key]
  return typeof v === 'string' ? v : undefined
}

/** A string that is present and not blank. */
export function filled(obj: JsonObject | undefined, key: string): string | undefined {
  const v = str(obj, key)
  return v !== undefined && v.trim() !== '' ? v : undefined
}

export function obj(parent: JsonObject | undefined, key: string): JsonObject | undefined {
  const v = parent?.[key]
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : undefined
}

export function arr(parent: JsonObject | undefined, key: string): readonly unknown[] | undefined {
  const v = parent?.[key]
  return Array.isArray(v) ? v : undefined
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** UTF-8 byte length: WeChat's limits count bytes, so one Chinese character counts 3. */
export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8')
}
