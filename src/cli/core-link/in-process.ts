/**
 * The core started inside the CLI for one command, when no core runs on the workspace (or
 * --no-attach): the same startCore the app and `mpsim serve` use, control API and platform on
 * ports the OS picks, the sample bot only when it is the target. The command then talks to it over
 * its control API exactly as it would to a running core, so both paths give the same answers.
 */
import { startCore } from '../../core/start-core'
import type { RunningCore } from '../../core/start-core'
import { overlayAccount } from '../account-context'
import type { CommonOptions } from '../options'
import { packageVersion } from '../paths'
import type { DeliveryFlags } from './attach-blockers'

export interface InProcessRequest {
  readonly workspaceDir: string
  readonly options: CommonOptions & DeliveryFlags
  readonly sampleBot: boolean
}

export async function startInProcessCore(request: InProcessRequest): Promise<RunningCore> {
  const { options, workspaceDir } = request
  // The account flags are laid over the workspace in memory by startCore (--timeout and
  // --attempts travel with the command itself): nothing this command is given is saved.
  return startCore({
    host: 'node',
    version: packageVersion(),
    controlPort: 0,
    platformPort: options.platformPort ?? 0,
    ...(options.botPort === undefined ? {} : { botPort: options.botPort }),
    sampleBot: request.sampleBot,
    workspaceDir,
    accountOverrides: (account) => overlayAccount(account, options),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  })
}
