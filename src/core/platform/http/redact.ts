/**
 * The AppSecret never goes into the exchange log (spec §1: "never log it"): the log is a file a
 * user may commit or attach to a bug report. What stays is its length, which is what a developer
 * debugging 40125 needs to see (a 31-character secret is a copy-paste accident).
 */
const QUERY_SECRET = /([?&]secret=)([^&#]*)/g
const JSON_SECRET = /("secret"\s*:\s*")([^"\\]*)"/g

const mask = (value: string): string => `<redacted:${value.length} chars>`

export function redactSecretsInUrl(url: string): string {
  return url.replace(QUERY_SECRET, (_m, key: string, value: string) => `${key}${mask(value)}`)
}

export function redactSecretsInJson(text: string): string {
  return text.replace(JSON_SECRET, (_m, key: string, value: string) => `${key}${mask(value)}"`)
}
