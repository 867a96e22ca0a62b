/**
 * The push-engine part of `npm run bench` on its own, for working on the engine:
 *   node --import tsx bench/engine-only.ts [minimal|sample|all] [seconds] [rounds]
 * With `--profile-seconds N` it instead runs only the engine's closed loop for N seconds against the
 * minimal bot (no autocannon), so `node --cpu-prof` sees the engine alone.
 */
import { parseArgs } from 'node:util'
import { printRates } from './run-engine'
import { profileEngineLoop, runEngineCases } from './engine-cases'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'profile-seconds': { type: 'string' },
    mode: { type: 'string', default: 'plain' },
    connections: { type: 'string', default: '32' },
  },
})
const connections = Number(values.connections)
if (values['profile-seconds']) {
  const mode = values.mode === 'safe' ? 'safe' : 'plain'
  const seconds = Number(values['profile-seconds'])
  const { rate, cpuMicros } = await profileEngineLoop({ mode, seconds, connections })
  console.log(
    `push ${mode} → minimal bot: ${Math.round(rate)} pushes/s, ${cpuMicros.toFixed(0)} µs CPU per push`,
  )
} else {
  const [bots = 'minimal', seconds = '3', rounds = '3'] = positionals
  const only = bots === 'all' ? undefined : bots === 'sample' ? 'sample bot' : 'minimal bot'
  printRates(
    await runEngineCases({ seconds: Number(seconds), rounds: Number(rounds), connections, only }),
  )
}
