/**
 * The control API contract: the one table of commands between the UI and the core (docs/design.md "The parts", control API).
 * The server mounts it (core/control/mount-contract.ts) and the renderer's client is generated
 * from it (renderer/src/api/control-client.ts), so neither side writes a path or a method by hand.
 */
import { z } from 'zod'
import {
  LabDecryptInput,
  LabDecryptOutput,
  LabEncryptInput,
  LabEncryptOutput,
  LabSignatureInput,
  LabSignatureOutput,
} from './lab-schemas'
import {
  AccountIdInput,
  GetMenuInput,
  AccountInput,
  ClearExchangesOutput,
  ExportExchangesOutput,
  OpenWorkspaceInput,
  PhoneMessagesInput,
  PhoneMessagesOutput,
  WorkspaceOutput,
  ExchangeIdInput,
  MaybeExchangeOutput,
  MenuOutput,
  SettingsOutput,
  SettingsPatchInput,
  UserInput,
} from './workspace-schemas'
import {
  AdvanceClockInput,
  ClearFaultsInput,
  ClockOutput,
  FaultInput,
  FaultListOutput,
  OkOutput,
  PhoneUserInput,
  ScanInput,
  ScanOutput,
  CatalogOutput,
  ExchangeFilterInput,
  ExchangeListOutput,
  PushExchangeOutput,
  ListExchangesInput,
  SendPushInput,
  SendPushXmlInput,
  SetupOutput,
  VerifyBotInput,
  VerifyBotOutput,
} from './engine-schemas'
import { OpenPhoneBrowserInput, OpenPhoneBrowserOutput } from './browser-schemas'
import {
  CallPlatformInput,
  CallPlatformOutput,
  CheckAuthorizeInput,
  CheckAuthorizeOutput,
} from './oauth-schemas'
import {
  LintPushXmlInput,
  PreviewPushInput,
  PreviewPushOutput,
  PushLintOutput,
} from './composer-schemas'
import {
  GetSuiteOutput,
  ImportCapturesInput,
  ImportCapturesOutput,
  ListSuitesOutput,
  RunConformanceInput,
  RunSuiteInput,
  RunSuiteOutput,
  SaveSuiteInput,
  SuiteFileInput,
  SuiteFromExchangesInput,
} from './replay-schemas'
import { suiteSchema } from '../model/suite'
import { LoadReport, LoadRunIdInput, LoadRunsOutput, StartLoadInput } from './load-schemas'
import {
  DeleteMediaInput,
  DeleteMediaOutput,
  DeleteTemplateInput,
  GetMediaInput,
  GetMediaOutput,
  ListMediaInput,
  ListMediaOutput,
  ListQrCodesInput,
  ListQrCodesOutput,
  ListTagsInput,
  ListTagsOutput,
  CreateTagInput,
  RenameTagInput,
  DeleteTagInput,
  SetUserTagsInput,
  SetBlacklistedInput,
  ListTemplatesInput,
  ListTemplatesOutput,
  PutTemplateInput,
  SendPhoneMediaInput,
  SetUserAvatarInput,
} from './platform-data-schemas'

type Method = 'GET' | 'POST'

const route = <I extends z.ZodType, O extends z.ZodType>(
  method: Method,
  path: string,
  input: I,
  output: O,
) => ({ method, path, input, output }) as const

export const AppInfo = z.object({
  name: z.literal('mpsim'),
  version: z.string(),
  /** Which host runs the core: the Electron shell or plain Node (`mpsim serve`). */
  host: z.enum(['electron', 'node']),
})

export const contract = {
  getInfo: route('GET', '/api/info', z.object({}), AppInfo),
  labSignature: route('POST', '/api/lab/signature', LabSignatureInput, LabSignatureOutput),
  labEncrypt: route('POST', '/api/lab/encrypt', LabEncryptInput, LabEncryptOutput),
  labDecrypt: route('POST', '/api/lab/decrypt', LabDecryptInput, LabDecryptOutput),
  getSetup: route('GET', '/api/setup', z.object({}), SetupOutput),
  getCatalog: route('GET', '/api/catalog', z.object({}), CatalogOutput),
  sendPush: route('POST', '/api/push', SendPushInput, PushExchangeOutput),
  sendPushXml: route('POST', '/api/push/xml', SendPushXmlInput, PushExchangeOutput),
  previewPush: route('POST', '/api/push/preview', PreviewPushInput, PreviewPushOutput),
  lintPushXml: route('POST', '/api/push/lint', LintPushXmlInput, PushLintOutput),
  verifyBot: route('POST', '/api/verify', VerifyBotInput, VerifyBotOutput),
  listExchanges: route('GET', '/api/exchanges', ListExchangesInput, ExchangeListOutput),
  advanceClock: route('POST', '/api/clock/advance', AdvanceClockInput, ClockOutput),
  setFault: route('POST', '/api/faults', FaultInput, FaultListOutput),
  clearFaults: route('POST', '/api/faults/clear', ClearFaultsInput, FaultListOutput),
  setPhoneUser: route('POST', '/api/phone-user', PhoneUserInput, OkOutput),
  scanQrCode: route('POST', '/api/scan', ScanInput, ScanOutput),
  getExchange: route('GET', '/api/exchange', ExchangeIdInput, MaybeExchangeOutput),
  putAccount: route('POST', '/api/accounts', AccountInput, SetupOutput),
  rotateAesKey: route('POST', '/api/accounts/rotate-key', AccountIdInput, SetupOutput),
  putUser: route('POST', '/api/users', UserInput, SetupOutput),
  getSettings: route('GET', '/api/settings', z.object({}), SettingsOutput),
  updateSettings: route('POST', '/api/settings', SettingsPatchInput, SettingsOutput),
  getMenu: route('GET', '/api/menu', GetMenuInput, MenuOutput),
  clearExchanges: route('POST', '/api/exchanges/clear', z.object({}), ClearExchangesOutput),
  exportExchanges: route(
    'GET',
    '/api/exchanges/export',
    ExchangeFilterInput.extend({ format: z.enum(['json', 'ndjson']).optional() }),
    ExportExchangesOutput,
  ),
  listPhoneMessages: route('GET', '/api/phone-messages', PhoneMessagesInput, PhoneMessagesOutput),
  getWorkspace: route('GET', '/api/workspace', z.object({}), WorkspaceOutput),
  saveWorkspace: route('POST', '/api/workspace/save', z.object({}), WorkspaceOutput),
  openWorkspace: route('POST', '/api/workspace/open', OpenWorkspaceInput, WorkspaceOutput),
  openPhoneBrowser: route(
    'POST',
    '/api/phone-browser/open',
    OpenPhoneBrowserInput,
    OpenPhoneBrowserOutput,
  ),
  checkAuthorizeRequest: route(
    'POST',
    '/api/oauth/check-authorize',
    CheckAuthorizeInput,
    CheckAuthorizeOutput,
  ),
  callPlatform: route('POST', '/api/oauth/call-platform', CallPlatformInput, CallPlatformOutput),
  importCaptures: route('POST', '/api/replay/import', ImportCapturesInput, ImportCapturesOutput),
  listSuites: route('GET', '/api/replay/suites', z.object({}), ListSuitesOutput),
  getSuite: route('GET', '/api/replay/suite', SuiteFileInput, GetSuiteOutput),
  saveSuite: route('POST', '/api/replay/suite', SaveSuiteInput, GetSuiteOutput),
  suiteFromExchanges: route(
    'POST',
    '/api/replay/suite/from-exchanges',
    SuiteFromExchangesInput,
    suiteSchema,
  ),
  runSuite: route('POST', '/api/replay/run', RunSuiteInput, RunSuiteOutput),
  runConformance: route('POST', '/api/replay/conformance', RunConformanceInput, RunSuiteOutput),
  listMedia: route('GET', '/api/media', ListMediaInput, ListMediaOutput),
  getMedia: route('GET', '/api/media/item', GetMediaInput, GetMediaOutput),
  deleteMedia: route('POST', '/api/media/delete', DeleteMediaInput, DeleteMediaOutput),
  sendPhoneMedia: route('POST', '/api/phone/media', SendPhoneMediaInput, PushExchangeOutput),
  setUserAvatar: route('POST', '/api/users/avatar', SetUserAvatarInput, OkOutput),
  listQrCodes: route('GET', '/api/qrcodes', ListQrCodesInput, ListQrCodesOutput),
  listTags: route('GET', '/api/tags', ListTagsInput, ListTagsOutput),
  createTag: route('POST', '/api/tags', CreateTagInput, ListTagsOutput),
  renameTag: route('POST', '/api/tags/rename', RenameTagInput, ListTagsOutput),
  deleteTag: route('POST', '/api/tags/delete', DeleteTagInput, ListTagsOutput),
  setUserTags: route('POST', '/api/tags/user', SetUserTagsInput, ListTagsOutput),
  setBlacklisted: route('POST', '/api/tags/blacklist', SetBlacklistedInput, ListTagsOutput),
  listTemplates: route('GET', '/api/templates', ListTemplatesInput, ListTemplatesOutput),
  putTemplate: route('POST', '/api/templates', PutTemplateInput, ListTemplatesOutput),
  deleteTemplate: route('POST', '/api/templates/delete', DeleteTemplateInput, ListTemplatesOutput),
  runLoad: route('POST', '/api/load/run', StartLoadInput, LoadReport),
  stopLoad: route('POST', '/api/load/stop', LoadRunIdInput, LoadReport),
  listLoadRuns: route('GET', '/api/load', z.object({}), LoadRunsOutput),
} as const

export type Contract = typeof contract
export type CommandName = keyof Contract
export type Input<K extends CommandName> = z.input<Contract[K]['input']>
export type Output<K extends CommandName> = z.output<Contract[K]['output']>

/** Header that carries the per-launch token (a header, never a cookie: no CSRF by construction). */
export const TOKEN_HEADER = 'x-mpsim-token'
