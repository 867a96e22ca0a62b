/**
 * Injected randomness (docs/design.md "Principles"). The protocol core never draws random values
 * itself; the engine passes a Random in. `secureRandom` is for real runs, `seededRandom` makes a
 * run reproducible (deterministic mode: same seed, same nonces, ids and AES prefixes).
 */
import { createHash, randomBytes, randomInt } from 'node:crypto'

export interface Random {
  /** A uniform integer in [0, n). */
  int(n: number): number
  bytes(n: number): Buffer
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

export function randomAlnum(random: Random, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += ALNUM.charAt(random.int(ALNUM.length))
  return out
}

export function randomDigits(random: Random, length: number): string {
  let out = String(1 + random.int(9)) // no leading zero, like WeChat's nonces
  for (let i = 1; i < length; i++) out += String(random.int(10))
  return out
}

/**
 * Small draws (a MsgId's 8 bytes, an AES prefix's 16, per push) are served from one 4 KiB block of
 * the system's random bytes, each byte handed out once and copied: asking the system for 8 bytes
 * at a time cost more than the rest of building a push.
 */
const POOL_BYTES = 4096
const POOLED_AT_MOST = 256
let pool = Buffer.alloc(0)
let pooledAt = 0

function secureBytes(n: number): Buffer {
  if (n > POOLED_AT_MOST) return randomBytes(n)
  if (pooledAt + n > pool.length) {
    pool = randomBytes(POOL_BYTES)
    pooledAt = 0
  }
  const out = Buffer.from(pool.subarray(pooledAt, pooledAt + n))
  pooledAt += n
  return out
}

export const secureRandom: Random = {
  int: (n) => randomInt(n),
  bytes: secureBytes,
}

/** A reproducible stream: sha256 in counter mode over the seed. Not for secrets. */
export function seededRandom(seed: string): Random {
  let counter = 0
  let pool = Buffer.alloc(0)
  const take = (n: number): Buffer => {
    while (pool.length < n) {
      const block = createHash('sha256').update(`${seed}:${counter++}`).digest()
      pool = Buffer.concat([pool, block])
    }
    const out = pool.subarray(0, n)
    pool = pool.subarray(n)
    return Buffer.from(out)
  }
  return {
    bytes: take,
    // Rejection sampling keeps the distribution uniform for any n ≤ 2^32.
    int: (n) => {
      const limit = Math.floor(0x1_0000_0000 / n) * n
      for (;;) {
        const v = take(4).readUInt32BE(0)
        if (v < limit) return v % n
      }
    },
  }
}
