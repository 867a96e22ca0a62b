/**
 * Judges the bot's answer to the URL-verification GET (protocol.md §3): pass only when the status is 200
 * and the body is exactly echostr. Each near miss gets its own code, because "Token验证失败" for a
 * trailing newline from `print()` or an HttpResponse(json.dumps(echostr)) is the classic lost hour.
 */
import type { Attempt } from '../../shared/model/exchange'
import type { VerifyCode, VerifyVerdict } from '../../shared/model/verify-codes'

const BOM = '\uFEFF'

function fail(code: VerifyCode, detail: Record<string, string | number> = {}): VerifyVerdict {
  return { ok: false, code, detail }
}

function bodyShape(body: string, echostr: string): VerifyCode {
  if (body === '') return 'echostr-empty'
  if (body.startsWith(BOM) && body.slice(1) === echostr) return 'echostr-bom'
  if (body.trim() === echostr) return 'echostr-trailing-whitespace'
  if (body === `"${echostr}"` || body === `'${echostr}'`) return 'echostr-quoted'
  const trimmed = body.trim()
  if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && trimmed.includes(echostr)) {
    return 'echostr-wrapped-json'
  }
  if (trimmed.startsWith('<') && trimmed.includes(echostr)) return 'echostr-wrapped-html'
  return 'echostr-mismatch'
}

/** Visible form of invisible bytes, for the inspector ("4375…249\n"). */
export function showInvisible(text: string): string {
  return text
    .replace(/\uFEFF/g, '<BOM>')
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')
}

export function judgeVerification(attempt: Attempt, echostr: string): VerifyVerdict {
  if (attempt.error) {
    const code: VerifyCode =
      attempt.error.code === 'other'
        ? 'network'
        : attempt.error.code === 'redirect'
          ? 'redirect'
          : attempt.error.code
    return fail(code, { message: attempt.error.message, durationMs: attempt.durationMs })
  }
  const response = attempt.response
  if (!response) return fail('network', { message: 'no response recorded' })
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.find(([n]) => n.toLowerCase() === 'location')?.[1] ?? ''
    return fail('redirect', { status: response.status, location })
  }
  if (response.status === 401 || response.status === 403) {
    return fail('signature-rejected', {
      status: response.status,
      body: response.body.text.slice(0, 200),
    })
  }
  if (response.status !== 200) {
    return fail('http-status', { status: response.status, body: response.body.text.slice(0, 200) })
  }
  const body = response.body.text
  if (body === echostr) return { ok: true, code: 'passed', detail: { echostr } }
  return fail(bodyShape(body, echostr), {
    expected: echostr,
    got: showInvisible(body.slice(0, 200)),
    gotBytes: response.body.bytes,
    expectedBytes: Buffer.byteLength(echostr),
  })
}
