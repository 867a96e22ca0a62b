/**
 * A value shown exactly as computed: monospace, wrapped anywhere (base64 and hex have no spaces),
 * with a copy button. The test id sits on the text itself so tests read the bare value.
 */
import { CopyButton } from './CopyButton'

export function CodeBlock(props: {
  value: string
  testId?: string
  /** Multi-line values (XML bodies) keep their line breaks and indentation. */
  multiline?: boolean
  emphasis?: boolean
}) {
  const classes = ['code-block', props.multiline ? 'code-block_multiline' : '']
  if (props.emphasis) classes.push('code-block_emphasis')
  return (
    <div className={classes.join(' ')}>
      <code className="code-block__text" data-testid={props.testId}>
        {props.value}
      </code>
      <CopyButton value={props.value} testId={props.testId ? `${props.testId}-copy` : undefined} />
    </div>
  )
}
