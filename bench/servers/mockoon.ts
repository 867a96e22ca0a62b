/**
 * The peer of the API bench: Mockoon CLI, a mock-API server many teams use, serving the same JSON
 * body on the same GET route. Its fastest setup for a fixed answer: templating off (the body is
 * sent as it is), no CORS headers, the admin API off; transactions are still logged, to its stdout
 * (-X: no log files), which goes nowhere. Args: the path (e.g. /cgi-bin/token) and the body.
 * Prints its URL once the route answers; SIGTERM stops Mockoon and removes its data file.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const [path = '/', body = '{}'] = process.argv.slice(2)

/** A port free right now on loopback: Mockoon takes its port from the data file or -p. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/** One environment with one route, in Mockoon's data-file format (its schema fills the rest). */
function environment(port: number): unknown {
  return {
    uuid: 'b7d5e0b2-6f5c-4d1e-9a51-0c1b6a0f0001',
    lastMigration: 33,
    name: 'mpsim api bench',
    port,
    cors: false,
    routes: [
      {
        uuid: 'b7d5e0b2-6f5c-4d1e-9a51-0c1b6a0f0002',
        type: 'http',
        method: 'get',
        // Mockoon's endpoints have no leading slash.
        endpoint: path.replace(/^\//, ''),
        responses: [
          {
            uuid: 'b7d5e0b2-6f5c-4d1e-9a51-0c1b6a0f0003',
            statusCode: 200,
            headers: [{ key: 'Content-Type', value: 'application/json; encoding=utf-8' }],
            body,
            bodyType: 'INLINE',
            disableTemplating: true,
            default: true,
          },
        ],
      },
    ],
    rootChildren: [{ type: 'route', uuid: 'b7d5e0b2-6f5c-4d1e-9a51-0c1b6a0f0002' }],
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok
  } catch {
    return false
  }
}

const dir = await mkdtemp(join(tmpdir(), 'mpsim-bench-mockoon-'))
const port = await freePort()
const data = join(dir, 'environment.json')
await writeFile(data, JSON.stringify(environment(port)))
const cli = createRequire(import.meta.url).resolve('@mockoon/cli/bin/run.js')
const mockoon = spawn(
  process.execPath,
  [
    cli,
    'start',
    '--data',
    data,
    '--hostname',
    '127.0.0.1',
    '--disable-log-to-file',
    '--disable-admin-api',
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
)
let stopping = false
const stop = async (code: number): Promise<never> => {
  stopping = true
  if (mockoon.exitCode === null) {
    const exited = new Promise((done) => mockoon.once('exit', done))
    mockoon.kill('SIGTERM')
    await exited
  }
  await rm(dir, { recursive: true, force: true })
  process.exit(code)
}
mockoon.once('exit', (code) => {
  if (stopping) return
  process.stderr.write(`bench: Mockoon CLI exited with ${code}\n`)
  void stop(1)
})
process.on('SIGTERM', () => void stop(0))

const url = `http://127.0.0.1:${port}`
// Mockoon takes a few seconds to start: wait (bounded) until the route answers.
const deadline = Date.now() + 30_000
while (!(await answers(`${url}${path}`))) {
  if (Date.now() > deadline) {
    process.stderr.write('bench: Mockoon CLI did not answer within 30 s\n')
    await stop(1)
  }
  await new Promise((resolve) => setTimeout(resolve, 200))
}
process.stdout.write(`${JSON.stringify({ url })}\n`)
