/** Capture import (docs/replay.md "Import"): the pure importer and the file reader beside it. */
export { importCaptures } from './import-captures'
export { readCaptureFiles } from './read-capture-files'
export { MAX_PUSH_BYTES, PASTED_TEXT_NAME } from './types'
export type { CaptureInput, ImportContext } from './types'
