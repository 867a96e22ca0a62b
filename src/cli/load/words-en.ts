/** `mpsim load` in English (the interface and the Chinese table: words.ts, words-zh.ts). */
import type { LoadWords, Pace } from './words'

const plural = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`

function pace(p: Pace): string {
  if (p.kind === 'ramp') return `${p.rate} → ${p.rampTo} msg/s`
  if (p.kind === 'closed') return `${p.concurrency} messages in flight (${p.throughput} msg/s)`
  return `${p.rate} msg/s`
}

export const EN: LoadWords = {
  headline: {
    keptUp: (f) =>
      `Your bot kept up with ${pace(f.pace)}: ${f.answeredShare} of ${f.completed} messages answered, p99 ${f.p99} (WeChat allows ${f.deadline}).`,
    slow: (f) =>
      `At ${pace(f.pace)} your bot broke WeChat's ${f.deadline} rule: p99 ${f.p99}, so WeChat retried ${f.retries} times. Every user got an answer, some of them late.`,
    unavailable: (f) =>
      `At ${pace(f.pace)}, ${f.usersAffected} of ${f.users} users (${f.usersShare}) saw 该公众号暂时无法提供服务 (“this Official Account cannot provide service right now”): ${f.causes}.`,
    unreachable: (f) =>
      `Your bot could not be reached at ${f.botUrl}: none of ${f.completed} messages got an answer (${f.causes}).`,
    empty: (stopped) =>
      `No message got a verdict before the run ${stopped ? 'was stopped' : 'ended'}: nothing to judge yet.`,
  },
  stoppedByYou: (t) => `Stopped early (Ctrl+C): the figures cover the first ${t}.`,
  stoppedElsewhere: (t) =>
    `Stopped early (from the app or the control API): the figures cover the first ${t}.`,
  failed: (error) => `The run failed: ${error}`,
  label: {
    run: 'Run',
    throughput: 'Throughput',
    latency: 'Latency',
    outcomes: 'Outcomes',
    causes: 'Why',
    retries: 'Retries',
    duplicates: 'Duplicates',
    breaking: 'Breaking rate',
    recorded: 'Recorded',
    next: 'What to do next',
    mix: 'Mix',
    notStarted: 'Not sent',
    generator: 'mpsim itself',
  },
  notStarted: (n) =>
    `${n} messages the rate called for were never sent: so many pushes were already waiting on the bot that mpsim hit its cap of pushes in flight (the bot fell far behind the rate)`,
  startLag: (p99) =>
    `started messages late (p99 ${p99} after their time): this machine, not only the bot, limited the run; latencies still count from the schedule`,
  pace,
  comma: ', ',
  deadline: (ms) => (ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(2))} s`),
  mode: { plain: 'plain mode', compatible: 'compatible mode', safe: 'safe mode' },
  run: (p, users, mode, url) => `${p} · ${users} users · ${mode} · ${url}`,
  throughput: (perSecond, sent, settled, took) =>
    `${perSecond} msg/s — ${sent} sent, ${settled} settled in ${took}`,
  latency: (p50, p95, p99, max) =>
    `p50 ${p50} · p95 ${p95} · p99 ${p99} · max ${max}  (from when each message was due to WeChat's verdict, retries included)`,
  outcomes: (reply, noReply, unavailable) =>
    `${reply} replied · ${noReply} acknowledged without a reply ("success" or empty) · ${unavailable} shown 该公众号暂时无法提供服务`,
  causeShort: {
    timeout: (n) => plural(n, 'timeout', 'timeouts'),
    httpError: (n) => plural(n, 'HTTP error', 'HTTP errors'),
    network: (n) => plural(n, 'connection failure', 'connection failures'),
    badReply: (n) => plural(n, 'reply WeChat refused', 'replies WeChat refused'),
  },
  causeLong: {
    timeout: (n, d) => `${n} timed out: no answer within ${d} on any delivery`,
    httpError: (n) => `${n} got an HTTP error: status 500 or another status than 200`,
    network: (n) => `${n} could not connect: connection refused or reset`,
    badReply: (n) =>
      `${n} got a reply WeChat refuses: XML it cannot read, the wrong ToUserName, a bad signature or encryption…`,
  },
  retries: (n, d, late, attempts) =>
    `${n}: WeChat delivers a message again when the bot has not answered within ${d} (up to ${attempts} deliveries in all)${late === '0' ? '' : `; ${late} messages got their answer only on a retry`}`,
  noRetries: (d) => `none: every message was answered within ${d} on its first delivery`,
  duplicates: (n) =>
    `${n} messages had their side effect more than once: WeChat retried, and the bot did the work again for the same MsgId (for example sent its customer-service message twice)`,
  noDuplicates: (retried) =>
    retried
      ? 'none seen: no retry made the bot repeat a call to the platform for the same MsgId'
      : 'none (nothing was retried)',
  breaking: (rate, d) =>
    `${rate} msg/s: the first second where p99 passed ${d} or a user saw 该公众号暂时无法提供服务`,
  heldRamp: (rampTo, d) => `none: the bot held the ${d} rule all the way to ${rampTo} msg/s`,
  recordedAll: (n) => `${n} exchanges in the workspace's log (open them in the app's inspector)`,
  recordedSample: (n, of) =>
    `${n} of ${of} exchanges in the log: a sample above the --record-per-second rate (every push is counted above)`,
  advice: {
    ramp: (command) => `Find where it breaks: ${command}`,
    rampHigher: (rampTo, command) =>
      `It held all the way to ${rampTo} msg/s. Ramp higher to find its limit: ${command}`,
    closed: (command) =>
      `Load it at a fixed arrival rate to see what real traffic does: ${command}`,
    answerFast: (d) =>
      `Answer within ${d}: reply "success" (or an empty body) at once, do the slow work afterwards, and send its result with the customer-service API (客服消息).`,
    httpErrors:
      "Look for the HTTP errors in the bot's own log: under load they often mean a database pool, a rate limit or memory ran out.",
    network:
      'The bot refused or dropped connections: raise its workers or listen backlog, and check it is not restarting.',
    badReply:
      "Open a refused exchange in the app's inspector to see why WeChat refused the reply (mpsim send shows the same verdict).",
    duplicates:
      'Do each side effect once per message: remember the MsgId (FromUserName + CreateTime for events) and skip what WeChat delivers again.',
    belowBreaking: (rate) =>
      `Keep your real peak below ${rate} msg/s, or make the handler faster until the ramp holds.`,
    unreachable: (url) =>
      `Check that the bot is running and listening at ${url}; mpsim verify ${url} tests the handshake alone.`,
    stopped: 'Run it to the end for complete figures.',
  },
  progress: {
    sent: (n, of) => (of === undefined ? `sent ${n}` : `sent ${n}/${of}`),
    perSecond: (r) => `${r}/s`,
    reply: (n) => `✓ ${n}`,
    noReply: (n) => `${n} no reply`,
    unavailable: (n) => `✗ ${n} unavailable`,
    retries: (n) => `↻ ${n} retries`,
    stopping: 'stopping… (Ctrl+C again to quit at once)',
  },
  wrote: (file) => `report written to ${file}`,
  lostCore: (detail) => `lost the core during the run: ${detail}`,
}
