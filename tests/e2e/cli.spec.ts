/**
 * The built CLI and `npm start`'s mode choice, run as a user runs them (child processes on
 * loopback, always stopped at the end).
 */
import { expect, test } from '@playwright/test'
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { electronBinary } from './electron/electron-binary'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Each test gets its own workspace and app-data folder: nothing is written to the user's home. */
let scratch = ''
test.beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'mpsim-e2e-'))
})
test.afterEach(() => {
  rmSync(scratch, { recursive: true, force: true })
})

/** Starts a process and resolves with its output once `until` matches (or rejects on exit). */
function startUntil(
  args: string[],
  until: RegExp,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; output: string }> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`timed out; output so far:\n${output}`)),
      30_000,
    )
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (until.test(output)) {
        clearTimeout(timer)
        resolve({ child, output })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`exited with ${code}; output:\n${output}`))
    })
  })
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.removeAllListeners('exit')
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

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
