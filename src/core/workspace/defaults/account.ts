/**
 * The test account a new workspace starts with, so the first minute works without filling in a
 * form. Every credential is drawn from the injected Random in a fixed order, so a seeded run
 * creates the same AppID, secret, 原始ID, Token and EncodingAESKey every time.
 */
import type { Account } from '../../../shared/model/account'
import { generateAesKey } from '../../protocol/aes-key'
import { randomAlnum } from '../../runtime/random'
import type { Random } from '../../runtime/random'

export const DEFAULT_ACCOUNT_NAME = 'mpsim 测试号'

export interface DefaultAccountInput {
  /** The sample bot's URL: the default target. */
  readonly botUrl: string
  /** 网页授权域名 for the sample bot's OAuth pages (host:port is allowed for test accounts, protocol.md §9.2). */
  readonly callbackDomain: string
}

export function defaultAccount(random: Random, input: DefaultAccountInput): Account {
  const hex = (bytes: number): string => random.bytes(bytes).toString('hex')
  const id = `acc-${hex(4)}`
  const appId = `wx${hex(8)}` // protocol.md §1: wx + 16 lowercase hex
  const appSecret = hex(16) // protocol.md §1: 32 hex
  const originalId = `gh_${hex(6)}` // protocol.md §1: gh_ + 12 hex
  const token = randomAlnum(random, 16) // protocol.md §2: 3-32 letters or digits
  const encodingAesKey = generateAesKey((n) => random.int(n)) // protocol.md §2: 43 alphanumerics
  return {
    id,
    name: DEFAULT_ACCOUNT_NAME,
    appId,
    appSecret,
    originalId,
    token,
    encodingAesKey,
    // Plaintext first: the simplest mode to read in the inspector; safe mode is one click away.
    mode: 'plain',
    botUrl: input.botUrl,
    callbackDomain: input.callbackDomain,
    ipWhitelist: [],
    testAccount: true,
  }
}
