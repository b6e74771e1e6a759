import { expect } from 'vitest';
import { decode } from './english.ts';
import type { MatchKind } from './types.ts';

/** What a decode test expects of the one finding in its text (decode.test.ts, inputs.test.ts). */
export interface Expected {
  code: string | null;
  match: MatchKind;
  httpStatus?: number | null;
  requestId?: string | null;
  param?: string | null;
}

export const KEY_NOT_FOUND = 'The specified Key is not found.';

export function expectFinding(text: string, expected: Expected) {
  const result = decode(text);
  if (!result.ok) throw new Error(`nothing found: ${result.reason}`);
  expect(result.findings).toHaveLength(1);
  const [finding] = result.findings;
  expect({
    code: finding!.entry?.code ?? null,
    match: finding!.match,
    ...('httpStatus' in expected ? { httpStatus: finding!.extracted.httpStatus ?? null } : {}),
    ...('requestId' in expected ? { requestId: finding!.extracted.requestId ?? null } : {}),
    ...('param' in expected ? { param: finding!.param ?? null } : {}),
  }).toEqual(expected);
}
