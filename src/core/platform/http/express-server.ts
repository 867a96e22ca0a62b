/**
 * Node server options under which an Express app costs next to nothing per request.
 *
 * Express gives every request and response its app's prototypes (`app.request`, `app.response`:
 * res.json, req.query …) with Object.setPrototypeOf, on every request. Changing the prototype of
 * an object already built throws away what V8 knows of its shape, and all the code that touches
 * it afterwards — Node's HTTP code included — runs the slow way: measured on the mock platform,
 * that cost more than a whole API call's own work (routing, the route, the Exchange record). Node
 * can build the request and the response with those prototypes from the start (createServer's
 * IncomingMessage and ServerResponse options); Express's setPrototypeOf then changes nothing.
 *
 * @example
 * const app = express()
 * const server = createServer(expressServerOptions(app), app)
 */
import type { Express } from 'express'
import { IncomingMessage, ServerResponse } from 'node:http'
import type { ServerOptions } from 'node:http'

/** Node's two classes are constructor functions, which a function of ours can call. */
function callable(constructor: object): boolean {
  return !Function.prototype.toString.call(constructor).startsWith('class')
}

export function expressServerOptions(app: Express): ServerOptions {
  // Were they ever ES classes, calling them would throw: Express's usual way is kept then.
  if (!callable(IncomingMessage) || !callable(ServerResponse)) return {}
  function AppRequest(this: IncomingMessage, ...args: unknown[]): void {
    Reflect.apply(IncomingMessage, this, args)
  }
  AppRequest.prototype = app.request
  function AppResponse(this: ServerResponse, ...args: unknown[]): void {
    Reflect.apply(ServerResponse, this, args)
  }
  AppResponse.prototype = app.response
  return {
    // Built with `new` by Node, like the classes they stand for.
    IncomingMessage: AppRequest as unknown as typeof IncomingMessage,
    ServerResponse: AppResponse as unknown as typeof ServerResponse,
  }
}
