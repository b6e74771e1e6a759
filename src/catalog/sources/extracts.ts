// The facts the catalog rests on, extracted from Alibaba's documents by `npm run sources:extract` (from
// ../shared when it is beside the repository) and committed, so every clone has them. Each file names
// its origin; the catalog tests check the catalog against them.
import apiReferenceJson from './apiReferenceErrors.json' with { type: 'json' };
import commonErrorsJson from './commonErrors.json' with { type: 'json' };
import keyStatesJson from './keyStates.json' with { type: 'json' };
import keyStatesMoreJson from './keyStatesMore.json' with { type: 'json' };
import operationErrorsJson from './operationErrors.json' with { type: 'json' };
import type { CommonErrorsPage, OperationError } from './parse.ts';

/** Where an extract's facts come from: the document, and where to read the revision used. */
export interface Origin {
  readonly document: string;
  readonly repository?: string;
  readonly path?: string;
  readonly commit?: string;
  readonly date?: string;
  readonly capturedAs?: string;
}

export const KEY_STATES = ['Enabled', 'Disabled', 'PendingDeletion', 'PendingImport'] as const;
export type KeyState = (typeof KEY_STATES)[number];
/** "Success", or the error code the operation returns on a key in that state. */
export type KeyStateOutcomes = Readonly<Record<string, Readonly<Record<KeyState, string>>>>;

/** Both revisions of the common-errors page: table and sample error response. */
export const commonErrors = commonErrorsJson as Record<
  'older' | 'newer',
  CommonErrorsPage & { origin: Origin }
>;

/** The OpenAPI metadata's errors per operation, and its grouping of the operations. */
export const operationErrors = operationErrorsJson as {
  readonly origin: Origin;
  readonly operationGroups: readonly {
    readonly group: string;
    readonly groupZh: string;
    readonly operations: readonly string[];
  }[];
  readonly errors: readonly OperationError[];
};

/** The "Error codes" tables of the operations' API reference pages. */
export const apiReferenceErrors = apiReferenceJson as {
  readonly origin: Origin;
  readonly errors: readonly {
    readonly operation: string;
    readonly httpStatus: number;
    readonly code: string;
    readonly message: string;
  }[];
};

/** What each operation returns in each key state: the English page, then the rows only the Chinese page has. */
export const keyStateTables = [keyStatesJson, keyStatesMoreJson] as readonly {
  readonly origin: Origin;
  readonly outcomes: KeyStateOutcomes;
  /** Operations whose outcome depends on another key than the one named (UpdateAlias: the target key). */
  readonly notes?: Readonly<Record<string, string>>;
}[];
