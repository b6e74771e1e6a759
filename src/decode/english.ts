import { catalog } from '../catalog/catalog.ts';
import { createDecoder } from './decode.ts';
import type { DecodeResult } from './types.ts';
import { englishDecoderText } from './text/en.ts';

/**
 * Reads any error text (bodies, SDK exceptions, CLI output, logs) and reports each error found, in order,
 * against the English catalog. Its own module, so a page in another language never loads that catalog.
 */
export const decode: (input: string) => DecodeResult = createDecoder(catalog, englishDecoderText);
