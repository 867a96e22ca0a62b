/** Recorded headers in wire order; the Content-Type row stands out (it is what trips bots up). */
import type { HeaderList } from '../../../../shared/model/exchange'

export function HeaderTable(props: { headers: HeaderList; caption: string; testId: string }) {
  if (props.headers.length === 0) return null
  return (
    <table className="x-table" data-testid={props.testId}>
      <caption>{props.caption}</caption>
      <tbody>
        {props.headers.map(([name, value], i) => (
          <tr
            key={i}
            className={name.toLowerCase() === 'content-type' ? 'x-table__hot' : undefined}
          >
            <th className="mono">{name}</th>
            <td className="mono wrap">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
