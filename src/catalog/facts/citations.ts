import type { HttpStatus, MessageSource } from '../types.ts';

// Where a wording is documented. The page's two revisions give every table wording identically except
// where noted; `operations(…)` cites the operations' own references (sources/operationErrors.json and
// apiReferenceErrors.json), whose extracts say which operations list it with that status.
export const pageTables = [
  { kind: 'page', revision: 'older', place: 'table' },
  { kind: 'page', revision: 'newer', place: 'table' },
] as const satisfies readonly MessageSource[];
export const newerTable = [
  { kind: 'page', revision: 'newer', place: 'table' },
] as const satisfies readonly MessageSource[];
export const both = ['older', 'newer'] as const;
export const operations = (...statuses: HttpStatus[]): MessageSource[] =>
  statuses.map((status) => ({ kind: 'operations', status }));
// Wordings the API returns that the KMS documentation does not give (every API gateway wording among
// them), with where they were seen.
export const seen = (status: HttpStatus | null, where: string, url: string): MessageSource => ({
  kind: 'seen',
  status,
  where,
  url,
});
