/**
 * Commands of capture import and replay (docs/replay.md). Suites are files in the workspace's
 * suites/ folder, named by their path inside it.
 */
import { z } from 'zod'
import { importReportSchema } from '../model/capture'
import { deliveryInput } from './engine-schemas'
import { suiteResultSchema, suiteSchema } from '../model/suite'

/**
 * The body limit of importCaptures (bytes of the JSON request), above the 2 MB of every other
 * command: a HAR of a day's traffic is tens of MB, and base64 adds a third. Callers that send
 * more split their files into several requests.
 */
export const IMPORT_BODY_LIMIT_BYTES = 64 * 1024 * 1024

export const ImportCapturesInput = z.strictObject({
  files: z
    .array(z.strictObject({ name: z.string().min(1).max(1024), base64: z.string() }))
    .max(10_000)
    .optional(),
  /** Pasted text: one XML body, a HAR, NDJSON lines … */
  text: z.string().optional(),
})
export const ImportCapturesOutput = importReportSchema

export const SuiteFileInput = z.strictObject({
  /** Path inside suites/, e.g. 'smoke.yaml'. */
  file: z.string().min(1).max(255),
})

export const SuiteProblem = z.object({
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  /** Where in the suite (a JSON path such as steps.2.expect.verdict). */
  path: z.string().optional(),
  message: z.string(),
})

export const ListSuitesOutput = z.object({
  suites: z.array(
    z.object({
      file: z.string(),
      name: z.string().optional(),
      steps: z.number().int().optional(),
      problems: z.array(SuiteProblem).optional(),
    }),
  ),
})

export const GetSuiteOutput = z.object({
  file: z.string(),
  text: z.string(),
  suite: suiteSchema.optional(),
  problems: z.array(SuiteProblem),
})

export const SaveSuiteInput = z.strictObject({
  file: z.string().min(1).max(255),
  suite: suiteSchema,
})

export const SuiteFromExchangesInput = z.strictObject({
  exchangeIds: z.array(z.string().min(1)).min(1).max(1000),
  name: z.string().min(1).max(200),
  /** Also assert "same reply as recorded" for each step. @default true */
  sameReply: z.boolean().optional(),
})

export const RunSuiteInput = z.strictObject({
  /**
   * The caller's name for this run, so it can tell its own replayProgress events from another
   * run's before the answer arrives. @default a fresh id
   */
  runId: z.string().min(1).max(100).optional(),
  /**
   * A suite file in suites/, or a suite given whole — with `file` too, the whole suite runs as
   * that file would (its `{capture}` steps read beside it, its name in the results).
   */
  file: z.string().min(1).max(255).optional(),
  suite: suiteSchema.optional(),
  target: z.string().optional(),
  mode: z.enum(['plain', 'compatible', 'safe']).optional(),
  bail: z.boolean().optional(),
  concurrency: z.number().int().min(1).max(64).optional(),
  seed: z.union([z.string(), z.number()]).optional(),
  tags: z.array(z.string()).optional(),
  /** Run only these steps (0-based), e.g. the failures of the last run. */
  only: z.array(z.number().int().min(0)).optional(),
  /**
   * Each step's per-attempt deadline and deliveries, over the workspace settings (`mpsim replay
   * --timeout/--attempts`); the bounds of sendPush's.
   */
  ...deliveryInput,
})

export const RunSuiteOutput = suiteResultSchema

/** The conformance pack against a bot (docs/replay.md "Conformance"); URL verification is step 0. */
export const RunConformanceInput = z.strictObject({
  runId: z.string().min(1).max(100).optional(),
  /** The bot's push URL. @default the account's */
  target: z.string().optional(),
  accountId: z.string().optional(),
  mode: z.enum(['plain', 'compatible', 'safe']).optional(),
  bail: z.boolean().optional(),
  seed: z.union([z.string(), z.number()]).optional(),
})

/** Live progress of a run (event `replayProgress`). */
export const ReplayProgress = z.object({
  runId: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  step: suiteResultSchema.shape.steps.element.optional(),
})
