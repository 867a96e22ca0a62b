/**
 * One host name, read exactly as a browser reads it: WHATWG URL (Node's global `URL`), the parser
 * WeChat's in-app browser follows. Both sides of the callback-domain comparison go through here,
 * the redirect_uri's host and the configured domain, so they are compared in one form: lower case,
 * IPv4 in dotted decimal, IPv6 compressed, internationalised names as punycode.
 *
 * A host is accepted only when it is written the way the browser serialises it. WHATWG repairs a
 * lot (127.1, 0x7f.0.0.1, 2130706433, %-escapes, full-width letters, `。`) and other URL readers
 * repair less or differently, so a host that needs repairing means two readers may disagree on
 * where the code goes; it is refused rather than guessed.
 */
import { domainToUnicode } from 'node:url'

export type HostFault = 'unparseable' | 'trailing-dot' | 'host-not-canonical'

export type HostReading =
  | {
      readonly ok: true
      /** As WHATWG serialises it (punycode for internationalised names). */
      readonly host: string
    }
  | {
      readonly ok: false
      readonly fault: HostFault
      /** What a browser would use instead ('' when it refuses the host). */
      readonly canonical: string
    }

/**
 * IDNA deviation characters: the older IDNA2003 mapping and WHATWG's map them to different
 * names (`faß` ⇒ `fass` or `xn--fa-hia`), so browsers of different ages disagree on the host.
 */
const IDNA_DEVIATIONS = /[\u00df\u03c2\u200c\u200d]/u

/** Characters that end a host in a URL; a bare host cannot contain them. */
const NOT_IN_HOST = /[/?#@\\]/

/**
 * @param written the host as it appears between `//` and the port, brackets included for IPv6.
 * @example readHost('127.1') // { ok: false, fault: 'host-not-canonical', canonical: '127.0.0.1' }
 */
export function readHost(written: string): HostReading {
  const canonical = whatwgHost(written)
  if (canonical === null) return { ok: false, fault: 'unparseable', canonical: '' }
  // WHATWG keeps a domain's trailing dot but drops an IPv4 one; DNS treats both as the same
  // name as without the dot, so neither form can be compared as written.
  if (written.endsWith('.')) {
    return { ok: false, fault: 'trailing-dot', canonical: canonical.replace(/\.$/, '') }
  }
  const lower = written.toLowerCase()
  if (lower === canonical) return { ok: true, host: canonical }
  // An internationalised name is accepted when WHATWG's punycode reads back to exactly what was
  // written: then no character was mapped to another on the way.
  const idn =
    /[^\p{ASCII}]/u.test(written) &&
    !IDNA_DEVIATIONS.test(lower) &&
    domainToUnicode(canonical) === lower
  return idn ? { ok: true, host: canonical } : { ok: false, fault: 'host-not-canonical', canonical }
}

function whatwgHost(written: string): string | null {
  // A colon outside IPv6 brackets would be read as a port separator.
  const unbracketed = written.replace(/^\[[^\]]*\]$/, '')
  if (written === '' || NOT_IN_HOST.test(written) || unbracketed.includes(':')) return null
  const text = `http://${written}/`
  return URL.canParse(text) ? new URL(text).hostname : null
}
