/**
 * Reading query parameters safely. Express's query parser turns `?a=1&a=2` into an array and
 * `?a[b]=1` into an object; a parameter WeChat sends once must be one plain string, or the request
 * is refused with a 400 that names it (instead of a crash deep inside a hash function).
 */
import type { Request } from 'express'
import { BotHttpError } from './bot-error'

/** The parameter's single value, undefined when absent. */
export function optionalParam(req: Request, name: string): string | undefined {
  const value: unknown = (req.query as Record<string, unknown>)[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string') {
    throw new BotHttpError(
      400,
      'param-repeated',
      `参数 ${name} 出现了多次或格式不对。/ The query parameter "${name}" must appear once, as plain text.`,
    )
  }
  return value
}

/** The named parameters, all required; one 400 lists every missing one. */
export function requiredParams<const K extends string>(
  req: Request,
  names: readonly K[],
): Record<K, string> {
  const values = {} as Record<K, string>
  const missing: string[] = []
  for (const name of names) {
    const value = optionalParam(req, name)
    if (value === undefined || value === '') missing.push(name)
    else values[name] = value
  }
  if (missing.length > 0) {
    throw new BotHttpError(
      400,
      'param-missing',
      `缺少参数 / missing query parameter(s): ${missing.join(', ')}. ` +
        'WeChat always sends them; was this request typed by hand?',
    )
  }
  return values
}
