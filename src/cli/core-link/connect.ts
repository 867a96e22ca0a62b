/**
 * Which core a command acts through. A core running on the workspace (found by its discovery
 * file, core/discovery) is used when the flags allow: the exchange then appears live in the open
 * app, the bot's API calls reach the same mock platform, and the dedupe verdict sees them.
 * Otherwise (none running, --no-attach, or flags a running core cannot take) the core runs in
 * this process for the command. Either way the command speaks the control API.
 */
import { findRunningCore } from '../../core/discovery'
import type { CommonOptions } from '../options'
import type { Lang } from '../../shared/explain/types'
import { attachBlockers } from './attach-blockers'
import type { DeliveryFlags } from './attach-blockers'
import { createCoreClient } from './control-client'
import type { CoreClient } from './control-client'
import { startInProcessCore } from './in-process'

export interface CoreLink {
  readonly how: 'attached' | 'in-process'
  readonly client: CoreClient
  close(): Promise<void>
}

export interface LinkOptions extends CommonOptions, DeliveryFlags {
  /** commander's --no-attach: false forces the in-process core. */
  readonly attach?: boolean
}

const NOTE = {
  en: (pid: number, flags: string) =>
    `mpsim: a core is running on this workspace (pid ${pid}), but ${flags} cannot be passed to it; running this command on its own core (the open app will not show it).`,
  zh: (pid: number, flags: string) =>
    `mpsim：该工作区已有运行中的核心（pid ${pid}），但 ${flags} 无法传给它；本命令改用自己的核心运行（已打开的应用里看不到这次交互）。`,
} as const

export async function connectCore(
  workspaceDir: string,
  options: LinkOptions,
  lang: Lang,
  sampleBot: boolean,
): Promise<CoreLink> {
  if (options.attach !== false) {
    const found = await findRunningCore(workspaceDir)
    if (found.status === 'running') {
      const blockers = attachBlockers(options)
      if (blockers.length === 0) {
        return {
          how: 'attached',
          client: createCoreClient(found.record.url, found.record.token),
          close: () => Promise.resolve(),
        }
      }
      process.stderr.write(`${NOTE[lang](found.record.pid, blockers.join(', '))}\n`)
    }
  }
  const core = await startInProcessCore({ workspaceDir, options, sampleBot })
  return {
    how: 'in-process',
    client: createCoreClient(core.url, core.token),
    close: () => core.stop(),
  }
}
