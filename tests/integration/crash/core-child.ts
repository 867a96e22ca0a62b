/**
 * The process the crash test kills: a core on the workspace folder given as argv[2], every port 0
 * on 127.0.0.1, no sample bot. It prints one JSON line ({url, token}) when ready, then waits to be
 * killed; the parent SIGKILLs it, so nothing here may rely on a clean shutdown.
 */
import { startCore } from '../../../src/core/start-core'

const workspaceDir = process.argv[2]
if (workspaceDir === undefined) throw new Error('usage: core-child.ts <workspace dir>')

const core = await startCore({
  host: 'node',
  version: 'crash-test',
  controlPort: 0,
  platformPort: 0,
  botPort: 0,
  sampleBot: false,
  workspaceDir,
})
process.stdout.write(`${JSON.stringify({ url: core.url, token: core.token })}\n`)
// A parent that dies without killing us must not leave us running: stdin closes with it.
process.stdin.resume()
process.stdin.on('end', () => {
  void core.stop().finally(() => process.exit(0))
})
