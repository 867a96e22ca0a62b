/** The readable report of `mpsim verify`: the verdict, why, how to fix, and the signature worked out. */
import { deadlineSeconds, withDeadline } from '../../shared/explain/deadline'
import { VERIFY_TEXT } from '../../shared/explain/verify-problems'
import type { Lang } from '../../shared/explain/types'
import type { VerifyResult } from '../../core/engine/verify'
import type { Style } from './style'

const WORDS = {
  zh: {
    passed: '✔ 验证通过（微信会接受这个服务器地址）',
    failed: '✘ Token验证失败（微信只会这样说；原因如下）',
    why: '原因',
    fix: '怎么改',
    signature: '签名计算',
    sorted: '按字节序排序',
    sha1: 'sha1',
    forged: '⚠ 机器人接受了错误的签名：它没有校验 signature，任何人都能伪造推送。',
    checks: '✔ 机器人拒绝了伪造签名的请求。',
    detail: '详情',
    deadline: '每个请求的时限：{s} 秒',
  },
  en: {
    passed: '✔ Verification passed (WeChat would accept this server URL)',
    failed: '✘ Token verification failed (all WeChat would tell you; here is why)',
    why: 'Why',
    fix: 'Fix',
    signature: 'Signature',
    sorted: 'sorted byte-wise',
    sha1: 'sha1',
    forged:
      '⚠ The bot accepted a forged signature: it does not check `signature`, so anyone can forge pushes.',
    checks: '✔ The bot refused a request with a forged signature.',
    detail: 'Detail',
    deadline: 'Deadline per request: {s} s',
  },
} as const

export function renderVerifyReport(result: VerifyResult, lang: Lang, style: Style): string {
  const w = WORDS[lang]
  const text = withDeadline(VERIFY_TEXT[result.verdict.code][lang], result.timeoutMs)
  const lines: string[] = []
  lines.push(result.verdict.ok ? style.ok(w.passed) : style.bad(w.failed))
  if (!result.verdict.ok) {
    lines.push(`  ${style.bold(text.title)}`)
    lines.push(`  ${w.why}: ${text.explanation}`)
    lines.push(`  ${w.fix}: ${text.fix}`)
    const facts = Object.entries(result.verdict.detail).filter(([k]) => k !== 'token')
    if (facts.length > 0) {
      lines.push(`  ${w.detail}: ${facts.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join('  ')}`)
    }
  }
  if (result.verdict.acceptsForgedSignature === true) lines.push(style.warn(w.forged))
  if (result.verdict.acceptsForgedSignature === false) lines.push(style.ok(w.checks))
  lines.push(style.dim(w.deadline.replace('{s}', deadlineSeconds(result.timeoutMs))))
  const s = result.signature
  lines.push(style.dim(`${w.signature}: token, timestamp, nonce = ${s.parts.join(', ')}`))
  lines.push(style.dim(`  ${w.sorted}: ${s.sorted.join(' | ')}`))
  lines.push(style.dim(`  ${w.sha1}(${s.joined}) = ${s.sha1}`))
  return lines.join('\n')
}
