import { fieldLinesReader } from './fieldLines.ts';
import { jsonReader } from './json.ts';
import type { Reader } from './reader.ts';
import { textReader } from './text.ts';
import { xmlReader } from './xml.ts';

/**
 * Every input format the decoder reads, in the order they read: whole bodies first, so the line readers
 * after them leave a body's lines to it. A new format is a new reader here.
 */
export const readers: readonly Reader[] = [jsonReader, xmlReader, fieldLinesReader, textReader];
