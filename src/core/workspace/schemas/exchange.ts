/**
 * One line of exchanges.ndjson: checked with the Exchange's own schema (shared/model), which
 * accepts what older mpsim versions wrote (attempts without signature breakdowns, pushes without
 * the deadline), so an old log stays readable as the record grows.
 */
export { exchangeSchema as exchangeLineSchema } from '../../../shared/model/exchange-schema'
