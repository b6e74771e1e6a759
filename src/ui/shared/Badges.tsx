import type { Actor, RetryClass } from '../../catalog/types.ts';
import { useText } from '../../app/pageText.ts';
import { useViewText } from '../text/useViewText.ts';

/** An HTTP status as a badge: amber for the caller's side (4xx), red for the service's (5xx). */
export function StatusBadge({ status }: { status: number | null | undefined }) {
  const { ui } = useText();
  if (!status) return <span className="badge status-none">{ui.shared.noStatus}</span>;
  return <span className={`badge status-${status >= 500 ? '5xx' : '4xx'}`}>{`HTTP ${status}`}</span>;
}

/** Who must act, as a role, coloured by role. Only on views past the first, whose words it reads. */
export function ActorBadge({ actor }: { actor: Actor }) {
  const { ui, catalog } = useViewText();
  return (
    <span className={`badge actor-${actor}`}>
      <span className="badge-label">{ui.shared.whoActs}</span>
      {catalog.actor[actor]}
    </span>
  );
}

/** Whether a retry helps: green when it does, amber after a change, red when it never does. */
export function RetryBadge({ retry }: { retry: RetryClass }) {
  const { catalog } = useText();
  return <span className={`badge retry-${retry}`}>{catalog.retry[retry]}</span>;
}
