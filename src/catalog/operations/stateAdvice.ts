// The next step for a key-state error once the operation is known, read from the key-state table
// (sources/keyStates*.json): which state the key must be in, and how to leave it.
import { keyStateRow, statesReturning, type KeyState } from './operations.ts';

const STATE_OF: ReadonlyMap<string, KeyState> = new Map([
  ['Rejected.Disabled', 'Disabled'],
  ['Rejected.PendingDeletion', 'PendingDeletion'],
  ['Rejected.PendingImport', 'PendingImport'],
]);

// How a key leaves each state (CancelKeyDeletion returns a key to Enabled; ImportKeyMaterial enables an
// EXTERNAL key that had none), as the KMS API reference documents.
const WAY_OUT: Readonly<Record<KeyState, string>> = {
  Enabled: 'it is already Enabled',
  Disabled: 'enable it with EnableKey',
  PendingDeletion:
    'cancel the deletion with CancelKeyDeletion before the waiting period ends (the key returns to Enabled)',
  PendingImport: 'give it key material with GetParametersForImport and ImportKeyMaterial',
};

/**
 * What to do about a key-state error on this operation, or undefined when the table says nothing more
 * than the entry's own guidance.
 */
export function stateAdvice(code: string, operation: string): string | undefined {
  const row = keyStateRow(operation);
  if (!row) return undefined;
  const state = STATE_OF.get(code);
  const key = row.targetKey ? 'the key the alias is to point to' : 'the key';
  if (state) {
    if (row.outcomes[state] !== code) return undefined;
    const purpose =
      state === 'Disabled'
        ? ` If it was disabled on purpose, ask its key administrator first: nothing encrypted under it can be decrypted while it stays Disabled.`
        : state === 'PendingDeletion'
          ? ' Once the waiting period ends the key and everything encrypted under it are lost for good.'
          : '';
    return `${operation} is refused because ${key} is ${state}: ${WAY_OUT[state]}, then retry.${purpose}`;
  }
  if (code !== 'Rejected.StateModifiedFailed') return undefined;
  const states = statesReturning(operation, code);
  if (states.length === 0) return undefined;
  if (!states.includes('PendingDeletion') && row.outcomes.PendingDeletion === 'Success')
    return `${operation} acts only on a key that is PendingDeletion, and this one is not (DescribeKey shows its state): there is nothing to cancel.`;
  if (states.length === 1 && states[0] === 'PendingDeletion' && operation === 'ScheduleKeyDeletion')
    return 'The key is already PendingDeletion: its deletion is scheduled, and DescribeKey shows the date. To change the date, CancelKeyDeletion, then ScheduleKeyDeletion again.';
  const ways = states.map((s) => `if it is ${s}, ${WAY_OUT[s]}`).join('; ');
  return `${operation} cannot act on ${key} while it is ${states.join(' or ')}, and retrying never changes that. Check its state with DescribeKey; ${ways}.`;
}
