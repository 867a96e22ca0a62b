/** Calls an options hook after the answer was sent; a failing hook must not become a second response. */
export function callHook<T>(name: string, hook: ((job: T) => void) | undefined, job: T): void {
  try {
    hook?.(job)
  } catch (error) {
    console.error(`mpsim: ${name} failed:`, error)
  }
}
