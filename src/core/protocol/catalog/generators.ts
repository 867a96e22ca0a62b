/**
 * Generated default values: ids, tickets and checksums that must differ per push. Randomness is
 * injected (the engine's Random satisfies CatalogRandom), so a seeded run builds the same pushes.
 * Shapes mimic real values (protocol.md §1, §6) so a bot sees what production would send it.
 */
import type { GeneratorName } from '../../../shared/model/catalog-types'

/** The randomness buildPush needs; src/core/runtime/random.ts's Random satisfies it. */
export interface CatalogRandom {
  /** A uniform integer in [0, n). */
  int(n: number): number
  bytes(n: number): Uint8Array
}

export interface GeneratorContext {
  readonly random: CatalogRandom
  /** Scheme, host and port of generated PicUrl values, without a trailing slash (build-push.ts). */
  readonly mediaBaseUrl: string
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const ALNUM = ID_ALPHABET.slice(0, 62)

function pick(random: CatalogRandom, alphabet: string, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet.charAt(random.int(alphabet.length))
  return out
}

/** '00'..'ff', so hex() is one lookup per byte: it runs for every push's MsgId. */
const HEX_BYTES = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'))

function hex(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += HEX_BYTES[b] as string
  return out
}

/** A uniform-enough unsigned 64-bit BigInt (modulo bias is irrelevant for test ids). */
function uint64(random: CatalogRandom): bigint {
  return BigInt(`0x${hex(random.bytes(8))}`)
}

export function generateValue(name: GeneratorName, ctx: GeneratorContext): string {
  const { random } = ctx
  switch (name) {
    case 'msg-id':
      // 17 digits starting with 2, like today's ≈2.4×10^16 MsgIds: always above 2^53, so a bot
      // that turns MsgId into a JS number loses precision here as it would in production.
      return (2n * 10n ** 16n + (uint64(random) % 10n ** 16n)).toString()
    case 'template-msg-id':
      // 19 digits below 2^63, like real template MsgIDs (2702600966117900288).
      return (10n ** 18n + (uint64(random) % (8n * 10n ** 18n))).toString()
    case 'mass-msg-id':
      return String(1_000_000_000 + random.int(1_000_000_000))
    case 'media-id':
      return pick(random, ID_ALPHABET, 64)
    case 'pic-url':
      // Same path shape as http://mmbiz.qpic.cn/mmbiz_jpg/<id>/0, but on loopback.
      return `${ctx.mediaBaseUrl}/mmbiz_jpg/${pick(random, ALNUM, 40)}/0`
    case 'ticket':
      // Real tickets are base64 and start with "gQ".
      return `gQ${btoa(String.fromCharCode(...random.bytes(70)))}`
    case 'qrscene':
      return `qrscene_${1 + random.int(100_000)}`
    case 'scene-id':
      return String(1 + random.int(100_000))
    case 'menu-id':
      return String(100_000_000 + random.int(900_000_000))
    case 'md5':
      return hex(random.bytes(16))
  }
}
