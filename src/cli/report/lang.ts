/** The report language: --lang wins, then the locale (LC_ALL, LC_MESSAGES, LANG), else English. */
import type { Lang } from '../../shared/explain/types'

export function pickLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  const value = flag ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? ''
  return value.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}
