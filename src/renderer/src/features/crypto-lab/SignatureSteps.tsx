/**
 * One signature worked out as the core returned it (protocol.md §3, §8.4): the values, their byte-wise
 * order, the joined string and the sha1. Nothing is recomputed here.
 */
import { useTranslation } from 'react-i18next'
import type { SignatureBreakdownDto } from '../../../../shared/control/lab-schemas'
import { CodeBlock } from '../../components/CodeBlock'
import { StepList } from '../../components/StepList'

interface Props {
  breakdown: SignatureBreakdownDto
  /** Names of `breakdown.parts`, in the same order (Token, timestamp, nonce[, Encrypt]). */
  names: readonly string[]
  /** Prefix of every test id, e.g. "lab-signature" → "lab-signature-digest". */
  testId: string
  /** Only the sorted values and the digest (inside a larger walk-through). */
  compact?: boolean
}

/** Pairs each sorted value with the name of the part it came from (equal values: first unused). */
function namesOfSorted(breakdown: SignatureBreakdownDto, names: readonly string[]): string[] {
  const used = new Set<number>()
  return breakdown.sorted.map((value) => {
    const index = breakdown.parts.findIndex((part, i) => part === value && !used.has(i))
    used.add(index)
    return names[index] ?? ''
  })
}

export function SignatureSteps({ breakdown, names, testId, compact }: Props) {
  const { t } = useTranslation()
  const sortedNames = namesOfSorted(breakdown, names)
  const steps = [
    {
      key: 'parts',
      title: t('lab.steps.parts'),
      body: (
        <dl className="kv" data-testid={`${testId}-parts`}>
          {breakdown.parts.map((part, i) => (
            <div className="kv__row" key={i}>
              <dt>{names[i]}</dt>
              <dd className="mono wrap">{part}</dd>
            </div>
          ))}
        </dl>
      ),
    },
    {
      key: 'sorted',
      title: t('lab.steps.sorted'),
      body: (
        <ol className="sorted" data-testid={`${testId}-sorted`}>
          {breakdown.sorted.map((value, i) => (
            <li className="sorted__item" key={i} data-testid={`${testId}-sorted-item`}>
              <span className="sorted__value mono wrap" data-testid={`${testId}-sorted-value`}>
                {value}
              </span>
              <span className="sorted__name">{sortedNames[i]}</span>
            </li>
          ))}
        </ol>
      ),
    },
    {
      key: 'joined',
      title: t('lab.steps.joined'),
      body: <CodeBlock value={breakdown.joined} testId={`${testId}-joined`} />,
    },
    {
      key: 'sha1',
      title: t('lab.steps.sha1'),
      body: <CodeBlock value={breakdown.sha1} testId={`${testId}-digest`} emphasis />,
    },
  ]
  const shown = compact ? steps.filter((s) => s.key === 'sorted' || s.key === 'sha1') : steps
  return <StepList steps={shown} testId={`${testId}-steps`} />
}
