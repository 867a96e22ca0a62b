/**
 * What `send` and `verify` share: check the flags, connect to a core (running or in-process),
 * say what was wrong with the workspace, run the command, always let go of the core. A refusal of
 * the command's input by the core (unknown user, bad field value) is a usage error (exit 1).
 */
import { defaultWorkspaceDir } from '../../core/workspace'
import type { Setup } from '../../shared/control/engine-schemas'
import type { Lang } from '../../shared/explain/types'
import { UsageError, validateAccountFlags } from '../flag-rules'
import { pickLang } from '../report/lang'
import { warnWorkspaceProblems } from '../report/workspace-problems'
import { connectCore } from './connect'
import type { LinkOptions } from './connect'
import { CoreRequestError } from './control-client'
import type { CoreClient } from './control-client'

export interface CommandContext {
  readonly client: CoreClient
  readonly lang: Lang
  /** The core's accounts (flags laid over them in-process) and users. */
  readonly setup: Setup
}

export async function runOnCore<T>(
  options: LinkOptions,
  /** Whether the sample bot must run: the command has no URL of its own. */
  sampleBot: boolean,
  body: (context: CommandContext) => Promise<T>,
): Promise<T> {
  validateAccountFlags(options)
  const lang = pickLang(options.lang)
  const link = await connectCore(
    options.workspace ?? defaultWorkspaceDir(),
    options,
    lang,
    sampleBot,
  )
  try {
    const setup = await link.client.call('getSetup', {})
    warnWorkspaceProblems(setup.problems, lang)
    return await body({ client: link.client, lang, setup })
  } catch (error) {
    if (error instanceof CoreRequestError && error.code === 'invalid-input') {
      const issues = error.issues.map((i) => `\n  ${i.path}: ${i.message}`).join('')
      throw new UsageError(`${error.message}${issues}`)
    }
    throw error
  } finally {
    await link.close()
  }
}
