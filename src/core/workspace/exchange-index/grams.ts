/**
 * The text half of the exchange index (docs/workspace.md "Searching the whole log"): each block of
 * exchanges has a Bloom filter of the n-grams of their search text (exchangeSearchText, already
 * lower-cased), so a search for `q` reads from disk only the blocks whose filter holds every gram
 * of `q`. A filter never says no to a gram that is there, so no match is ever missed; a yes can be
 * wrong, which costs reading a block for nothing, never a wrong answer (each exchange read is
 * checked with matchesExchange itself).
 *
 * Grams are UTF-16 code units, as String.prototype.includes compares them:
 * - every 3-gram, so any `q` of 3 characters or more has grams to look for;
 * - 1- and 2-grams that hold a non-ASCII unit, so "退款" or "猫" (a whole word in Chinese) are
 *   looked up too. Short ASCII queries ("ab") have no gram and read every block.
 */

/** Bits in one block's filter: 4 KB. */
export const BLOOM_BITS = 32_768
export const BLOOM_WORDS = BLOOM_BITS / 32
const MASK = BLOOM_BITS - 1
/** Bits set per gram. */
export const BLOOM_HASHES = 3
/**
 * A block takes exchanges until 30% of its bits are set: then one gram passes the filter of a
 * block without it 2.7% of the time (0.3³), two grams about 0.07%. Random text (ciphertext in
 * safe mode) fills a block after a few exchanges, plain pushes after about fifty.
 */
export const BLOCK_FILL_BITS = Math.floor(BLOOM_BITS * 0.3)
/** A block of tiny exchanges closes here even when its filter is still sparse. */
export const BLOCK_MAX_ENTRIES = 256
/**
 * A long query is looked up by this many of its grams, spread over it (an id or openid is told
 * apart by its last characters: all of them count up to here).
 */
const MAX_QUERY_GRAMS = 16
/** Changes whenever the grams or their hashing change: older index files are then rebuilt. */
export const GRAM_SCHEME = 2

const SALT_1 = 0x1b873593
const SALT_2 = 0x2f4a7c15

function mix(h: number): number {
  h ^= h >>> 15
  h = Math.imul(h, 0x2c1b3c6d)
  return h ^ (h >>> 12)
}
const hash3 = (a: number, b: number, c: number): number =>
  mix(Math.imul((a << 16) | b, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b))
const hash2 = (b: number, c: number): number =>
  mix(Math.imul(b ^ SALT_2, 0xcc9e2d51) ^ Math.imul(c, 0x85ebca6b))
const hash1 = (c: number): number => mix(Math.imul(c ^ SALT_1, 0x85ebca6b))

/** Words of the "ASCII 3-gram already in this block" bitmap addTextGrams takes (256 KB). */
export const SEEN_WORDS = (1 << 21) / 32

/**
 * Sets the filter bits of every gram of `text` in the block whose filter starts at word `at` of
 * `words`; returns how many bits went from 0 to 1. On the write path of every exchange, so:
 * `seen` (SEEN_WORDS words, cleared when a block starts) marks the ASCII 3-grams the block
 * already has, and a gram met again — most of them: the XML tags, the URL, the repeated bodies —
 * costs one bit test instead of a hash (about 5 µs for a push's 1 KB of search text).
 */
export function addTextGrams(
  text: string,
  words: Uint32Array,
  at: number,
  seen: Uint32Array,
): number {
  let added = 0
  let a = -1
  let b = -1
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    if (a >= 0) {
      if ((a | b | c) < 0x80) {
        const code = (a << 14) | (b << 7) | c
        const mark = 1 << (code & 31)
        const held = seen[code >>> 5] ?? 0
        if ((held & mark) === 0) {
          seen[code >>> 5] = held | mark
          added += setBits(hash3(a, b, c), words, at)
        }
      } else {
        added += setBits(hash3(a, b, c), words, at)
      }
    }
    if (c >= 0x80) {
      added += setBits(hash1(c), words, at)
      if (b >= 0) added += setBits(hash2(b, c), words, at)
    } else if (b >= 0x80) {
      added += setBits(hash2(b, c), words, at)
    }
    a = b
    b = c
  }
  return added
}

/** Sets a gram's BLOOM_HASHES bits (double hashing: positions h1, h1 + h2, h1 + 2·h2). */
function setBits(h: number, words: Uint32Array, at: number): number {
  const h1 = h & MASK
  const h2 = (h >>> 15) | 1
  let added = 0
  for (let i = 0; i < BLOOM_HASHES; i += 1) {
    const p = (h1 + i * h2) & MASK
    const w = at + (p >>> 5)
    const bit = 1 << (p & 31)
    const word = words[w] ?? 0
    if ((word & bit) === 0) {
      words[w] = word | bit
      added += 1
    }
  }
  return added
}

function gramBits(h: number, into: Set<number>): void {
  const h1 = h & MASK
  const h2 = (h >>> 15) | 1
  for (let i = 0; i < BLOOM_HASHES; i += 1) into.add((h1 + i * h2) & MASK)
}

/**
 * The filter bits a block must all have to hold `q` (lower-cased and trimmed, as matchesExchange
 * compares it), or undefined when `q` has no indexed gram (every block is a candidate).
 */
export function queryBits(q: string): Int32Array | undefined {
  const bits = new Set<number>()
  if (q.length >= 3) {
    const grams: number[] = []
    const seen = new Set<number>()
    for (let i = 0; i + 3 <= q.length; i += 1) {
      const h = hash3(q.charCodeAt(i), q.charCodeAt(i + 1), q.charCodeAt(i + 2))
      if (!seen.has(h)) {
        seen.add(h)
        grams.push(h)
      }
    }
    // Spread over the query (first and last included): a typo-free long query is rare anywhere.
    const step = Math.max(1, (grams.length - 1) / (MAX_QUERY_GRAMS - 1))
    for (let i = 0; i < MAX_QUERY_GRAMS && Math.round(i * step) < grams.length; i += 1) {
      gramBits(grams[Math.round(i * step)] ?? 0, bits)
    }
  } else if (q.length === 2) {
    const a = q.charCodeAt(0)
    const b = q.charCodeAt(1)
    if (a >= 0x80 || b >= 0x80) gramBits(hash2(a, b), bits)
  } else if (q.length === 1) {
    const c = q.charCodeAt(0)
    if (c >= 0x80) gramBits(hash1(c), bits)
  }
  return bits.size === 0 ? undefined : Int32Array.from([...bits].sort((x, y) => x - y))
}

/** Whether the block filter at word `at` has every bit in `bits`. */
export function blockHas(words: Uint32Array, at: number, bits: Int32Array): boolean {
  for (let i = 0; i < bits.length; i += 1) {
    const p = bits[i] ?? 0
    if (((words[at + (p >>> 5)] ?? 0) & (1 << (p & 31))) === 0) return false
  }
  return true
}
