/**
 * What counts as a secret in the exchange log (docs/architecture.md: "AppSecret redacted"), shared
 * by the URL, body and header redactors. Two rules, because each misses what the other catches:
 *
 * - by name: any parameter, JSON key or header whose name, once decoded, contains "secret" in any
 *   case. The platform reads exactly `secret`; the wider rule also hides `SECRET=`, `app_secret=`
 *   and the like, which the platform ignores but which a bot sends with the secret in them.
 * - by value: the AppSecrets of the accounts the platform knows, wherever they appear (a typo'd
 *   key, a path, a header), compared without case like the hex they are.
 *
 * What stays is the length: what a developer debugging 40125 needs (a 31-character secret is a
 * copy-paste accident).
 */

/** The placeholder kept in the log, e.g. `<redacted:32 chars>`. */
export const mask = (length: number): string => `<redacted:${length} chars>`

export function isSecretName(name: string): boolean {
  return name.toLowerCase().includes('secret')
}

/**
 * Shorter "known secrets" are ignored: masking every occurrence of a 3-character string would
 * shred the log. Real AppSecrets are 32 hex characters.
 */
const MIN_KNOWN_LENGTH = 8

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Known secret values, ready to search for. */
export class KnownSecrets {
  private readonly pattern: RegExp | undefined

  constructor(values: readonly string[] = []) {
    const usable = [...new Set(values.filter((v) => v.length >= MIN_KNOWN_LENGTH))]
    // Longest first, so a secret that contains another is masked whole.
    usable.sort((a, b) => b.length - a.length)
    this.pattern =
      usable.length === 0 ? undefined : new RegExp(usable.map(escapeRegExp).join('|'), 'gi')
  }

  contains(text: string): boolean {
    if (!this.pattern) return false
    this.pattern.lastIndex = 0
    return this.pattern.test(text)
  }

  /** `text` with every known secret replaced by its mask. */
  maskIn(text: string): string {
    return this.pattern ? text.replace(this.pattern, (found) => mask(found.length)) : text
  }
}

/** The last set asked for: the accounts rarely change, and every recorded call asks. */
let last: { readonly values: readonly string[]; readonly known: KnownSecrets } | undefined

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** KnownSecrets for these values, compiled once while they stay the same. */
export function knownSecrets(values: readonly string[]): KnownSecrets {
  if (!last || !sameValues(last.values, values)) {
    last = { values: [...values], known: new KnownSecrets(values) }
  }
  return last.known
}
