// The catalog seen by operation: which errors each KMS API operation documents, with which status and
// wording, and how a key's state changes its outcome. Read from the extracts in sources/, so it always
// says what the documents say.
import { resolveCode } from '../lookup.ts';
import type { OperationName } from './summaries.ts';
import {
  apiReferenceErrors,
  KEY_STATES,
  keyStateTables,
  operationErrors,
  type KeyState,
  type Origin,
} from '../sources/extracts.ts';

export { KEY_STATES, type KeyState } from '../sources/extracts.ts';
export type { OperationName } from './summaries.ts';

/** An error an operation documents: the catalog code, the spelling and wording listed, and by which reference. */
export interface OperationError {
  readonly code: string;
  /** The code as the reference spells it (a misspelling is kept). */
  readonly written: string;
  readonly status: number;
  readonly message: string;
  readonly documentedBy: readonly ('metadata' | 'reference')[];
}

/** An operation's row of the key-state table: "Success" or the code returned in each state. */
export interface KeyStateRow {
  readonly outcomes: Readonly<Record<KeyState, string>>;
  readonly origin: Origin;
  /** The outcome depends on the state of the alias's target key, not of the key it points to now. */
  readonly targetKey: boolean;
}

export interface Operation {
  readonly name: OperationName;
  readonly group: string;
  /** The group's name in Alibaba's Chinese metadata ("密钥管理"). */
  readonly groupZh: string;
}

// Every operation the metadata groups. What each does is prose, one language per page (summaries.ts,
// ../zh/operations.ts), so it is not here; a test checks the names and the summaries agree.
const NAMES: ReadonlySet<string> = new Set(
  operationErrors.operationGroups.flatMap((group) => group.operations),
);

/** Every operation, in the metadata's groups and order. */
export const operations: readonly Operation[] = operationErrors.operationGroups.flatMap(
  ({ group, groupZh, operations }) =>
    operations.filter(isOperationName).map((name) => ({ name, group, groupZh })),
);

/** The operation with this name, in any case; undefined for a name that is not a KMS operation. */
export function findOperation(name: string): Operation | undefined {
  return byLowerName.get(name.toLowerCase());
}

export function isOperationName(name: string): name is OperationName {
  return NAMES.has(name);
}

const byLowerName = new Map(operations.map((operation) => [operation.name.toLowerCase(), operation]));
const canonical = (code: string) => resolveCode(code)?.entry.code ?? code;

const byOperation = new Map<string, OperationError[]>();
function record(
  operation: string,
  written: string,
  status: number,
  message: string,
  by: 'metadata' | 'reference',
) {
  const list = byOperation.get(operation) ?? [];
  const known = list.find((e) => e.written === written && e.status === status && e.message === message);
  if (known) {
    if (!known.documentedBy.includes(by))
      list[list.indexOf(known)] = { ...known, documentedBy: [...known.documentedBy, by] };
  } else list.push({ code: canonical(written), written, status, message, documentedBy: [by] });
  byOperation.set(operation, list);
}
for (const error of operationErrors.errors)
  for (const operation of error.operations)
    record(operation, error.code, error.httpStatus, error.message, 'metadata');
for (const row of apiReferenceErrors.errors)
  record(row.operation, row.code, row.httpStatus, row.message, 'reference');

/** The errors an operation documents, by status then code. */
export function errorsOf(operation: string): readonly OperationError[] {
  return [...(byOperation.get(operation) ?? [])].sort(
    (a, b) => a.status - b.status || a.code.localeCompare(b.code),
  );
}

/** The operations that document a code, with the status and wording each gives it. */
export function operationsReturning(
  code: string,
): readonly (OperationError & { operation: OperationName })[] {
  const wanted = canonical(code);
  return operations.flatMap(({ name }) =>
    errorsOf(name)
      .filter((error) => error.code === wanted)
      .map((error) => ({ ...error, operation: name })),
  );
}

const keyStateRows = new Map<string, KeyStateRow>();
for (const table of keyStateTables)
  for (const [operation, outcomes] of Object.entries(table.outcomes))
    keyStateRows.set(operation, {
      outcomes,
      origin: table.origin,
      targetKey: table.notes?.[operation] === 'target-key',
    });

/** How the key's state changes the operation's outcome; undefined where the table has no row for it. */
export function keyStateRow(operation: string): KeyStateRow | undefined {
  return keyStateRows.get(operation);
}

/** The operations of the key-state table, in the order of the operation list. */
export const keyStateOperations: readonly OperationName[] = operations
  .map((operation) => operation.name)
  .filter((name) => keyStateRows.has(name));

/** The states in which the operation returns this code, per the key-state table. */
export function statesReturning(operation: string, code: string): KeyState[] {
  const row = keyStateRow(operation);
  return row ? KEY_STATES.filter((state) => row.outcomes[state] === code) : [];
}
