import type { Finding } from '../../decode/types.ts';

/** The fields as the pasted text shows them, unknown ones included; always rendered as plain text. */
export function FindingFields({ finding }: { finding: Finding }) {
  const { extracted } = finding;
  const rows: [string, string | number | undefined][] = [
    ['HTTP status', extracted.httpStatus],
    ['Code', extracted.code],
    ['Message', extracted.message],
    ['Parameter', finding.param],
    ['RequestId', extracted.requestId],
    ['HostId', extracted.hostId],
    ['Recommend', extracted.recommend],
    ...Object.entries(extracted.other),
  ];
  const shown = rows.filter(([, value]) => value !== undefined && value !== '');
  return (
    <details open={shown.length <= 8}>
      <summary>Fields in the text ({shown.length})</summary>
      <dl className="facts">
        {shown.map(([name, value]) => (
          <div key={name} className="fact">
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
