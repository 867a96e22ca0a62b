/**
 * Mounts the contract table on an Express router: one route per command, input validated with the
 * command's schema (400 invalid-input with the issues), output typed by the contract. A missing
 * handler is a compile error.
 */
import { Router } from 'express'
import type { Request } from 'express'
import { contract } from '../../shared/control/contract'
import type { CommandName, Output } from '../../shared/control/contract'
import { ControlError } from './control-error'
import type { z } from 'zod'

export type Handlers = {
  [K in CommandName]: (input: z.output<(typeof contract)[K]['input']>) => Promise<Output<K>>
}

export function mountContract(handlers: Handlers): Router {
  const router = Router()
  for (const name of Object.keys(contract) as CommandName[]) {
    const { method, path, input } = contract[name]
    const handler = handlers[name] as (value: unknown) => Promise<unknown>
    const register = method === 'GET' ? router.get.bind(router) : router.post.bind(router)
    register(path, async (req: Request, res) => {
      const raw: unknown = method === 'GET' ? { ...req.query, ...req.params } : req.body
      const parsed = input.safeParse(raw ?? {})
      if (!parsed.success) {
        throw new ControlError(
          'invalid-input',
          `invalid input for ${name}`,
          parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        )
      }
      res.json(await handler(parsed.data))
    })
  }
  return router
}
