import { secretAdvice } from '../decode/secretNames.ts';
import type { SecretKind } from '../decode/secrets.ts';

/** Says which credentials the paste holds and what to do, without repeating them. */
export function SecretWarning({ kinds }: { kinds: readonly SecretKind[] }) {
  const named = kinds.flatMap((kind) => {
    const advice = secretAdvice[kind];
    return advice ? [{ kind, ...advice }] : [];
  });
  if (named.length === 0) return null;
  return (
    <div className="secret-warning" role="alert">
      {named.map(({ kind, what, advice }) => (
        <p key={kind}>
          <strong>This text contains {what}.</strong> {advice}
        </p>
      ))}
      <p>Everything you copy, download or share from this page has it masked.</p>
    </div>
  );
}
