/**
 * Words for every web-authorization problem code (protocol.md §9), in zh-CN and English. The core
 * reports the code and structured detail (src/core/protocol/oauth); the renderer and the CLI read
 * this table. The entries live in four sibling files by topic; typing the merged table as a full
 * Record makes a code without words a compile error.
 */
import type { OAuthProblemCode } from '../model/oauth-problem-codes'
import { OAUTH_DOMAIN_TEXT } from './oauth-problems-domain'
import { OAUTH_PARAMS_TEXT } from './oauth-problems-params'
import { OAUTH_REDIRECT_TEXT } from './oauth-problems-redirect'
import { OAUTH_URL_TEXT } from './oauth-problems-url'
import type { Explanation } from './types'

export type { OAuthProblemCode } from '../model/oauth-problem-codes'

export const OAUTH_PROBLEM_TEXT: Readonly<Record<OAuthProblemCode, Explanation>> = {
  ...OAUTH_URL_TEXT,
  ...OAUTH_PARAMS_TEXT,
  ...OAUTH_REDIRECT_TEXT,
  ...OAUTH_DOMAIN_TEXT,
}
