/**
 * `npm run bench`, UI part: the built renderer in the system Chromium against a core on 127.0.0.1.
 * Prints figures and ratios; asserts nothing.
 */
import { runSendLatency } from './send-latency'

await runSendLatency()
