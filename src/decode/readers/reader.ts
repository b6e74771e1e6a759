import type { Extracted, Format } from '../types.ts';

/** A stretch of the input that one reader recognised, with the fields it read there. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly format: Format;
  readonly fields: Extracted;
}
