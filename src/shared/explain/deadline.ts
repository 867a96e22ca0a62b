/**
 * The push deadline in words. The explanation tables describe WeChat, whose limit is 5 s
 * (protocol.md §7.3); when the settings run pushes under another limit, the words about the exchange
 * must name that one, or "no reply within 5 s" sits beside a 2 s timeout. The tables keep WeChat's
 * figure (it is what they teach) and this substitutes the limit in force where they state it.
 */
import { WECHAT_PUSH_TIMEOUT_MS } from '../model/analysis'
import type { ExplanationText } from './types'

/** "5 秒", "5 s", "5 seconds", "5-second": every way the tables name WeChat's deadline. */
const WECHAT_DEADLINE = /(?<![\d.])5(?=( 秒| s\b| seconds\b|-second\b))/g

/** "5", "2.5", "0.8": a limit in seconds as people write it. */
export function deadlineSeconds(timeoutMs: number): string {
  return String(Math.round(timeoutMs / 100) / 10)
}

/** Whether a text names WeChat's deadline (so a limit in force would be substituted). */
export function namesDeadline(text: string): boolean {
  return new RegExp(WECHAT_DEADLINE.source).test(text)
}

export function sayDeadline(text: string, timeoutMs: number): string {
  if (timeoutMs === WECHAT_PUSH_TIMEOUT_MS) return text
  return text.replace(WECHAT_DEADLINE, deadlineSeconds(timeoutMs))
}

/** The explanation with the limit in force wherever it names the deadline. */
export function withDeadline(text: ExplanationText, timeoutMs: number): ExplanationText {
  if (timeoutMs === WECHAT_PUSH_TIMEOUT_MS) return text
  return {
    title: sayDeadline(text.title, timeoutMs),
    explanation: sayDeadline(text.explanation, timeoutMs),
    fix: sayDeadline(text.fix, timeoutMs),
  }
}
