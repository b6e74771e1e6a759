import { emptyFields, isError, setField } from './fields.ts';
import type { Extracted } from '../types.ts';

const MAX_DEPTH = 6;
const MAX_NODES = 400;
// A string value that holds a whole error of its own: a body or an SDK printout escaped in a log field.
const EMBEDDED_BODY = /\b(?:Code|ErrorCode)\b["']?[ \t]{0,4}[:=>]/;

export interface ObjectFields {
  /** The error the object describes, or only its RequestId or status when that is all it holds. */
  fields?: Extracted;
  /** String values that are whole error bodies, to be decoded in their own right. */
  embedded: string[];
}

/**
 * Reads the error fields from a parsed JSON or XML value: the object with a code wins, then one with a
 * Recommend link, then one with a message; nested objects are searched breadth first, within bounds.
 */
export function fieldsOfValue(value: unknown): ObjectFields {
  const embedded: string[] = [];
  const candidates: Extracted[] = [];
  let partial: Extracted | undefined;
  const queue: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  for (let visited = 0; queue.length > 0 && visited < MAX_NODES; visited++) {
    const { node, depth } = queue.shift()!;
    if (node === null || typeof node !== 'object') continue;
    const fields = emptyFields();
    for (const [name, child] of Object.entries(node)) {
      if (typeof child === 'string' && EMBEDDED_BODY.test(child.slice(0, 4096))) embedded.push(child);
      else if (child !== null && typeof child === 'object') {
        if (depth < MAX_DEPTH) queue.push({ node: child, depth: depth + 1 });
      } else setField(fields, name, child);
    }
    if (isError(fields)) candidates.push(fields);
    else if (!partial && (fields.requestId || fields.httpStatus)) partial = fields;
  }
  const best =
    candidates.find((f) => f.code) ??
    candidates.find((f) => f.recommend) ??
    // A log record's own "message" ("call failed") is no error body when it carries one inside.
    (embedded.length === 0 ? candidates[0] : undefined);
  if (best) return { fields: fillFrom(best, partial ? [...candidates, partial] : candidates), embedded };
  // Only an id or a status (an SDK's "Data" of the KMS instance API): a part for the merger to join.
  return partial && embedded.length === 0 ? { fields: partial, embedded } : { embedded };
}

// An SDK may split one error over a wrapper and its body (status outside, code inside): combine them.
function fillFrom(best: Extracted, others: Extracted[]): Extracted {
  const fields = { ...best, other: best.other };
  for (const other of others) {
    if (other.code && best.code && other.code !== best.code) continue;
    fields.httpStatus ??= other.httpStatus;
    fields.requestId ??= other.requestId;
    fields.hostId ??= other.hostId;
    fields.recommend ??= other.recommend;
    fields.message ??= other.message;
  }
  return fields;
}
