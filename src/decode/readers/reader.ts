// The one shape every input format's reader has. decode.ts runs the readers in readers.ts in order, each
// on the whole text, and joins what they found; adding a format is a file of this shape and a line there.
import type { Matcher } from '../match/match.ts';
import type { DecoderText, ReaderId } from '../text/decoderText.ts';
import type { Extracted, Format } from '../types.ts';

/** A stretch [start, end) of the text. */
export type Range = readonly [number, number];

/** A stretch of the input that one reader recognised, with the fields it read there. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly format: Format;
  readonly fields: Extracted;
}

/** An error body escaped inside a string of another (a structured log's), decoded again on its own. */
export interface EmbeddedBody {
  /** Where the body that carries it starts and ends. */
  readonly at: number;
  readonly end: number;
  readonly text: string;
}

/** What a reader is given: the normalised text, its lines, and what the readers before it took. */
export interface ReaderInput {
  readonly text: string;
  readonly lineStarts: readonly number[];
  /** True when [start, end) overlaps what an earlier reader took; ask in order of start. */
  readonly taken: (start: number, end: number) => boolean;
  readonly matcher: Matcher;
  /** What the decoder says, in the reader's language: for its problems. */
  readonly words: DecoderText;
}

/** What a reader found. */
export interface Reading {
  readonly pieces: readonly Piece[];
  /** Stretches the readers after this one must leave alone: the bodies and blocks it read. */
  readonly takes: readonly Range[];
  readonly embedded?: readonly EmbeddedBody[];
  /** Why something that looked like an error body could not be read, for the reader to see. */
  readonly problems?: readonly string[];
}

/** One input format. */
export interface Reader {
  /** Which format it reads: a note names it when it fails. */
  readonly id: ReaderId;
  read(input: ReaderInput): Reading;
}
