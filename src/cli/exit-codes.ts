/**
 * Exit codes of `mpsim` (documented in --help and the README). 0 only when WeChat would have been
 * satisfied, so `mpsim send … && deploy` is a meaningful CI step.
 */
export const EXIT = {
  /** WeChat would be satisfied: verification passed, or the reply (or "success") was accepted. */
  ok: 0,
  /** Bad flags or input: the message says what and how to fix it. */
  usage: 1,
  /** The bot answered, and WeChat would refuse it (Token验证失败 / 该公众号暂时无法提供服务). */
  refused: 2,
  /** The bot could not be reached or never answered in time. */
  unreachable: 3,
  /** A bug in mpsim: please report it. */
  internal: 70,
} as const

export const EXIT_HELP = `
Exit codes:
  0   WeChat would be satisfied (verification passed / reply or "success" accepted)
  1   bad flags or input (the message says what to fix)
  2   the bot answered and WeChat would refuse it
  3   the bot was unreachable or missed the deadline on every attempt
  70  internal error in mpsim`
