/** The reference sample bot in its own process for the push-engine bench. Args: token appId key. */
import { startSampleBot } from '../../src/core/sample-bot'
import { seededRandom } from '../../src/core/runtime/random'

const [token = '', appId = '', encodingAesKey = ''] = process.argv.slice(2)
const bot = await startSampleBot(
  {
    token,
    appId,
    appSecret: '0123456789abcdef0123456789abcdef',
    encodingAesKey,
    // The bench sends plain text only: the bot never calls the platform.
    platformBaseUrl: 'http://127.0.0.1:9',
    random: seededRandom('bench-bot'),
    now: () => Math.floor(Date.now() / 1000),
    log: () => undefined,
  },
  0,
)
process.stdout.write(`${JSON.stringify({ url: `${bot.url}/wechat` })}\n`)
process.on('SIGTERM', () => {
  void bot.stop().then(() => process.exit(0))
})
