/**
 * `npm run bench`, UI part: the built renderer in the system Chromium against a core on 127.0.0.1,
 * and the inspector's list under 100 000 exchanges. Prints figures and ratios; asserts nothing.
 */
import { runInspectorScroll } from './inspector-scroll'
import { runSendLatency } from './send-latency'

await runSendLatency()
await runInspectorScroll()
