// The next step for a key-state error once the operation is known, read from the key-state table
// (sources/keyStates*.json): which state the key must be in, and how to leave it.
import type { CatalogText } from '../text/catalogText.ts';
import { keyStateRow, statesReturning, type KeyState } from './operations.ts';

const STATE_OF: ReadonlyMap<string, KeyState> = new Map([
  ['Rejected.Disabled', 'Disabled'],
  ['Rejected.PendingDeletion', 'PendingDeletion'],
  ['Rejected.PendingImport', 'PendingImport'],
]);

/**
 * What to do about a key-state error on this operation, in the language of `text`, or undefined when the
 * table says nothing more than the entry's own guidance.
 */
export function stateAdvice(code: string, operation: string, text: CatalogText): string | undefined {
  const row = keyStateRow(operation);
  if (!row) return undefined;
  const words = text.stateAdvice;
  const name = (state: KeyState) => text.keyState[state];
  const state = STATE_OF.get(code);
  const key = row.targetKey ? words.theTargetKey : words.theKey;
  if (state) {
    if (row.outcomes[state] !== code) return undefined;
    const purpose =
      state === 'Disabled'
        ? words.disabledOnPurpose
        : state === 'PendingDeletion'
          ? words.deletionIsFinal
          : '';
    return words.refused(operation, key, name(state), words.wayOut[state]) + purpose;
  }
  if (code !== 'Rejected.StateModifiedFailed') return undefined;
  const states = statesReturning(operation, code);
  if (states.length === 0) return undefined;
  if (!states.includes('PendingDeletion') && row.outcomes.PendingDeletion === 'Success')
    return words.notPendingDeletion(operation);
  if (states.length === 1 && states[0] === 'PendingDeletion' && operation === 'ScheduleKeyDeletion')
    return words.alreadyPendingDeletion;
  const ways = states.map((s) => words.ifState(name(s), words.wayOut[s]));
  return words.cannotAct(operation, key, states.map(name), ways);
}
