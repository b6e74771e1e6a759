import { actorLabels, retryLabels } from '../../catalog/labels.ts';
import type { Actor, RetryClass } from '../../catalog/types.ts';

/** An HTTP status as a badge: amber for the caller's side (4xx), red for the service's (5xx). */
export function StatusBadge({ status }: { status: number | null | undefined }) {
  if (!status) return <span className="badge status-none">No HTTP status</span>;
  return <span className={`badge status-${status >= 500 ? '5xx' : '4xx'}`}>HTTP {status}</span>;
}

/** Who must act, as a role, coloured by role. */
export function ActorBadge({ actor }: { actor: Actor }) {
  return (
    <span className={`badge actor-${actor}`}>
      <span className="badge-label">Who acts: </span>
      {actorLabels[actor]}
    </span>
  );
}

/** Whether a retry helps: green when it does, amber after a change, red when it never does. */
export function RetryBadge({ retry }: { retry: RetryClass }) {
  return <span className={`badge retry-${retry}`}>{retryLabels[retry]}</span>;
}
