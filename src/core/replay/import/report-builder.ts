/**
 * Collects what one import found and skipped, in input order, giving each message its id
 * `<source name>#<index>` (unique within the import even when two inputs share a name).
 */
import type {
  CapturedMessage,
  CaptureSource,
  ImportReport,
  SkipReason,
} from '../../../shared/model/capture'

export type FoundMessage = Omit<CapturedMessage, 'id' | 'source'>

export class ReportBuilder {
  private readonly messages: CapturedMessage[] = []
  private readonly skipped: ImportReport['skipped'] = []
  private readonly ids = new Set<string>()

  found(source: CaptureSource, message: FoundMessage): void {
    this.messages.push({ id: this.uniqueId(source), source, ...message })
  }

  skip(source: CaptureSource, reason: SkipReason, detail?: string): void {
    this.skipped.push({ source, reason, ...(detail === undefined ? {} : { detail }) })
  }

  report(): ImportReport {
    return { messages: this.messages, skipped: this.skipped }
  }

  private uniqueId(source: CaptureSource): string {
    const base = `${source.name}#${source.index ?? 0}`
    let id = base
    for (let n = 2; this.ids.has(id); n++) id = `${base}~${n}`
    this.ids.add(id)
    return id
  }
}
