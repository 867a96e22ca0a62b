/**
 * `npm start`'s own behaviour: it builds only when the sources changed since the last build, and
 * the flags given after `npm start --` reach the app (browser mode here: no Electron binary).
 */
import { expect, test } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { electronBinary } from './electron/electron-binary'
import { ROOT, startUntil, stop } from './support/child'

let scratch = ''
test.beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'mpsim-e2e-start-'))
})
test.afterEach(() => {
  rmSync(scratch, { recursive: true, force: true })
})

/** A port nothing listens on right now (the OS picks it, then it is released). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

test('the pre-start step skips the build when nothing changed since the last one', () => {
  // npm test builds through the same script (with --force), so its stamp is there.
  const result = spawnSync(process.execPath, ['scripts/build-if-stale.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  expect(result.status).toBe(0)
  expect(result.stdout).toContain('The build is up to date')
})

test('npm start -- --control-port N serves the app on that port', async () => {
  test.skip(electronBinary() !== null, 'an Electron binary is installed: npm start opens Electron')
  const port = await freePort()
  const { child, output } = await startUntil(
    [
      'scripts/start.mjs',
      '--control-port',
      String(port),
      '--platform-port',
      '0',
      '--bot-port',
      '0',
      '--workspace',
      join(scratch, 'ws'),
    ],
    /did not open a window|opened the app window/,
    { XDG_CONFIG_HOME: scratch },
  )
  try {
    expect(output).toContain(`http://127.0.0.1:${port}/#token=`)
    const info = await fetch(`http://127.0.0.1:${port}/api/info`)
    expect(info.status).toBe(401) // it is our control API: the token is required
  } finally {
    await stop(child)
  }
})
