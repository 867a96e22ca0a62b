/**
 * settings.json in memory and on disk. An update is merged (nested groups field by field),
 * checked against the schema, written atomically, and only then becomes the current settings, so
 * a refused or failed update leaves both unchanged.
 */
import { SETTINGS_FILE } from './layout'
import { saveJsonFile } from './save-json-file'
import { settingsSchema } from './schemas/settings'
import type { Settings } from './schemas/settings'

/** Any top-level setting; `ports` and `push` may be given in part. `seed: undefined` removes the seed. */
export type SettingsPatch = Partial<Omit<Settings, 'version' | 'ports' | 'push'>> & {
  readonly ports?: Partial<Settings['ports']>
  readonly push?: Partial<Settings['push']>
}

export class SettingsStore {
  private chain: Promise<unknown> = Promise.resolve()
  private readonly root: string
  private value: Settings

  constructor(root: string, value: Settings) {
    this.root = root
    this.value = value
  }

  get current(): Settings {
    return this.value
  }

  /** Throws WorkspaceError 'invalid-value' (nothing written) or 'not-writable'. */
  update(patch: SettingsPatch): Promise<Settings> {
    // Serialised so two quick updates merge onto each other instead of racing.
    const next = this.chain
      .catch(() => undefined)
      .then(async () => {
        const merged = {
          ...this.value,
          ...patch,
          ports: { ...this.value.ports, ...patch.ports },
          push: { ...this.value.push, ...patch.push },
        }
        if ('seed' in patch && patch.seed === undefined) delete merged.seed
        this.value = await saveJsonFile(this.root, SETTINGS_FILE, settingsSchema, merged)
        return this.value
      })
    this.chain = next
    return next
  }

  /** Waits for an update in progress. */
  async flush(): Promise<void> {
    await this.chain.catch(() => undefined)
  }
}
