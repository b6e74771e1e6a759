import { secretNotice } from '../../decode/secrets/notice.ts';
import type { SecretKind } from '../../decode/secrets/secrets.ts';

/** Says which credentials the paste holds and what to do, without repeating them. */
export function SecretWarning({ kinds }: { kinds: readonly SecretKind[] }) {
  const { warnings, note } = secretNotice(kinds);
  if (warnings.length === 0) return note ? <p className="note secret-note">{note}</p> : null;
  return (
    <div className="secret-warning" role="alert">
      {warnings.map(({ headline, advice }) => (
        <p key={headline}>
          <strong>{headline}</strong> {advice}
        </p>
      ))}
      {note && <p>{note}</p>}
      <p>Everything you copy, download or share from this page has them masked.</p>
    </div>
  );
}
