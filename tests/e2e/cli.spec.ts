/**
 * The built CLI and `npm start`'s mode choice, run as a user runs them (child processes on
 * loopback, always stopped at the end).
 */
import { expect, test } from '@playwright/test'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { electronBinary } from './electron/electron-binary'
import { ROOT, startUntil, stop } from './support/child'

/** Each test gets its own workspace and app-data folder: nothing is written to the user's home. */
let scratch = ''
test.beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'mpsim-e2e-'))
})
test.afterEach(() => {
  rmSync(scratch, { recursive: true, force: true })
})

test('mpsim serve --json prints one JSON line and serves the UI behind the token', async ({
  page,
}) => {
  const { child, output } = await startUntil(
    [
      'out/main/cli.js',
      'serve',
      '--json',
      '--port',
      '0',
      '--platform-port',
      '0',
      '--bot-port',
      '0',
      '--workspace',
      scratch,
    ],
    /\}\n/,
  )
  try {
    const line = JSON.parse(output.trim().split('\n')[0]!) as Record<string, string>
    expect(Object.keys(line).sort()).toEqual([
      'bot',
      'control',
      'platform',
      'problems',
      'token',
      'ui',
      'workspace',
    ])
    // A fresh workspace: nothing was moved aside.
    expect(line.problems).toEqual([])
    expect(line.control).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(line.ui).toBe(`${line.control}/#token=${line.token}`)
    const denied = await fetch(`${line.control}/api/info`)
    expect(denied.status).toBe(401)
    await page.goto(line.ui!)
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible()
  } finally {
    await stop(child)
  }
})

/** Runs the built CLI once to the end. */
function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['out/main/cli.js', ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}

test('mpsim send on the workspace of a running core shows up live in the open app', async ({
  page,
}) => {
  const { child, output } = await startUntil(
    [
      'out/main/cli.js',
      'serve',
      '--json',
      '--port',
      '0',
      '--platform-port',
      '0',
      '--bot-port',
      '0',
      '--workspace',
      scratch,
    ],
    /\}\n/,
  )
  try {
    const line = JSON.parse(output.trim().split('\n')[0]!) as Record<string, string>
    await page.goto(line.ui!)
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible()
    const sent = await runCli([
      'send',
      '--workspace',
      scratch,
      '--type',
      'text',
      '--content',
      'hello from the CLI',
      '--json',
    ])
    expect(sent.stderr).toBe('')
    expect(sent.code).toBe(0)
    const exchange = JSON.parse(sent.stdout) as { id: string }
    await expect(
      page.locator(`[data-testid="phone-bubble"][data-exchange-id="${exchange.id}"]`).first(),
    ).toBeVisible()
  } finally {
    await stop(child)
  }
})

test('npm start says it chose browser mode and why, when Electron cannot run', async () => {
  test.skip(electronBinary() !== null, 'an Electron binary is installed: npm start opens Electron')
  const { child, output } = await startUntil(
    ['scripts/start.mjs'],
    /did not open a window|opened the app window/,
    { XDG_CONFIG_HOME: scratch },
  )
  try {
    expect(output).toContain('Starting in browser mode')
    expect(output).toContain('以浏览器模式启动')
    expect(output).toMatch(/Electron binary is not installed|asked for/)
    expect(output).toMatch(/did not open a window: no display/)
  } finally {
    await stop(child)
  }
})
