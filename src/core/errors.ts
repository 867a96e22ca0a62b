/**
 * Base class of every typed error mpsim throws. Each subclass carries a stable `code` that tests
 * assert and the UI/CLI translate into words (docs/design.md "Explain every refusal").
 */
export abstract class MpsimError extends Error {
  abstract readonly code: string
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = new.target.name
  }
}
