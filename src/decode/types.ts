import type { OperationName } from '../catalog/operations/summaries.ts';
import type { CatalogEntry, Family } from '../catalog/types.ts';

/** How a finding was tied to a catalog entry, strongest first. */
export type MatchKind = 'exact' | 'case' | 'alias' | 'recommend' | 'message' | 'fuzzy' | 'status' | 'none';

/** Which reader found the error in the text. */
export type Format = 'json' | 'xml' | 'fields' | 'sdk' | 'text';

/** The error's fields as the text shows them; nothing here is looked up. */
export interface Extracted {
  httpStatus?: number;
  code?: string;
  message?: string;
  requestId?: string;
  hostId?: string;
  recommend?: string;
  /** Fields we do not know, kept to show (bounded in number and length). */
  other: Record<string, string>;
}

export interface Finding {
  readonly format: Format;
  /** Where in the (normalised) input the error starts; findings are reported in this order. */
  readonly offset: number;
  /** The line (from 1) the error starts on. */
  readonly line: number;
  /** When it was logged, as the log writes it, if the log says. */
  readonly time?: string;
  readonly extracted: Extracted;
  readonly match: MatchKind;
  /** 0 to 1: how sure the match is. */
  readonly confidence: number;
  readonly entry?: CatalogEntry;
  /** The parameter a templated message names, e.g. "KeyId". */
  readonly param?: string;
  /** Codes a status-only or fuzzy finding may be. */
  readonly candidates: readonly string[];
  /** The family of an unknown code, when its prefix is known. */
  readonly family?: Family;
  /** Disagreements and doubts, in plain words. */
  readonly warnings: readonly string[];
  /** The KMS operation the text names around the error, when it names one. */
  readonly operation?: OperationName;
  /** What to do for this code on this operation, when that is more precise than the entry's first fix. */
  readonly nextStep?: string;
}

export type DecodeResult =
  | { readonly ok: true; readonly findings: readonly Finding[]; readonly notes: readonly string[] }
  | { readonly ok: false; readonly reason: string; readonly hint: string };
