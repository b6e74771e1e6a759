import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fieldsOfValue } from './objects.ts';
import { lineNumberAt } from '../textLines.ts';
import type { Piece, Reader } from './reader.ts';
import { withStatusOfLine } from './status.ts';

// Entities are never expanded (no billion laughs, no external entities); values stay strings.
const parser = new XMLParser({
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  tagValueProcessor: (_name: string, value: string) => predefinedEntities(value),
  // The parser refuses an element named like an object's machinery (<constructor>, <__proto__>) and
  // renames others (<toString>): every name gets a prefix, taken off again in plainObject.
  transformTagName: (name: string) => `${TAG_PREFIX}${name}`,
});
const TAG_PREFIX = 'x-';
// Deeper than the field search goes (objects.ts): nothing below is read.
const MAX_DEPTH = 8;
// Only XML's five predefined entities and character references, in one pass: nothing can expand twice.
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const MAX_ELEMENT = 1024 * 1024;
const TAG = /<(\/?)([A-Za-z_][\w:.-]{0,63})(?:\s[^<>]{0,1024})?(\/?)>/y;
const ERROR_TAG = /<(?:Code|ErrorCode|Message|ErrorMessage)>/;

/**
 * XML error bodies (`<KMS>`, `<Error>` or any root with a Code or Message child), with or without a
 * declaration or a DOCTYPE (ignored, never fetched), with CDATA, and in the older documentation's broken
 * syntax (`<? xml … ? >`, `<! -- -->`). Problems say why an element that looked like a body was not read.
 */
export const xmlReader: Reader = {
  id: 'xml',
  read(input) {
    const { text } = input;
    const pieces: Piece[] = [];
    const problems: string[] = [];
    if (!text.includes('<')) return { pieces, takes: [], problems };
    for (const [start, end] of elements(text)) {
      const element = withoutDoctype(text.slice(start, end));
      if (!ERROR_TAG.test(element) || element.length > MAX_ELEMENT) continue;
      const checked = XMLValidator.validate(element);
      if (checked !== true) {
        const line = lineNumberAt(text, start) + checked.err.line - 1;
        problems.push(input.words.notes.xmlMalformed(line, shortened(checked.err.msg)));
        continue;
      }
      const parsed = parsedElement(element);
      if (!parsed.ok) {
        problems.push(input.words.notes.xmlUnreadable(lineNumberAt(text, start), shortened(parsed.reason)));
        continue;
      }
      const { fields } = fieldsOfValue(plainObject(parsed.value, 0));
      if (fields) pieces.push(withStatusOfLine(input, { start, end, format: 'xml', fields }));
    }
    return { pieces, takes: pieces.map((piece) => [piece.start, piece.end] as const), problems };
  },
};

// A DOCTYPE, with its internal subset of entity declarations; the parser would refuse one that declares
// an external entity. Blanked, not cut, so line numbers stay right; found by hand, in one pass.
function withoutDoctype(element: string): string {
  let text = element;
  for (let at = indexOfDoctype(text, 0); at !== -1; at = indexOfDoctype(text, at + 1)) {
    const subset = text.indexOf('[', at);
    const close = text.indexOf('>', at);
    const subsetEnd = subset !== -1 && subset < close ? text.indexOf(']', subset) : -1;
    const end = subsetEnd !== -1 ? text.indexOf('>', subsetEnd) : close;
    if (end === -1) break;
    text = text.slice(0, at) + text.slice(at, end + 1).replace(/[^\n]/g, ' ') + text.slice(end + 1);
  }
  return text;
}

function indexOfDoctype(text: string, from: number): number {
  const upper = text.indexOf('<!DOCTYPE', from);
  const lower = text.indexOf('<!doctype', from);
  return upper === -1 ? lower : lower === -1 ? upper : Math.min(upper, lower);
}

// The validator's message may quote every unclosed tag of a hostile paste.
const MAX_PROBLEM = 200;
function shortened(message: string): string {
  return message.length > MAX_PROBLEM ? `${message.slice(0, MAX_PROBLEM)}…` : message;
}

// The parsed value with the prefix taken off every name, into objects without a prototype, so a field
// named "__proto__" or "constructor" is a field like any other.
function plainObject(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return undefined;
  if (Array.isArray(value)) return value.map((item) => plainObject(item, depth + 1));
  const plain = Object.create(null) as Record<string, unknown>;
  for (const [name, child] of Object.entries(value))
    plain[name.startsWith(TAG_PREFIX) ? name.slice(TAG_PREFIX.length) : name] = plainObject(child, depth + 1);
  return plain;
}

// The validator passed it, but a parser may still refuse what it does not support: a value, not a throw.
function parsedElement(element: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: parser.parse(element) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function predefinedEntities(value: string): string {
  return value.replace(
    ENTITY,
    (all, name: string | undefined, decimal: string | undefined, hex: string | undefined) => {
      if (name) return PREDEFINED[name.toLowerCase()] ?? all;
      const point = decimal ? Number(decimal) : parseInt(hex ?? '', 16);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : all;
    },
  );
}

/** Repairs the older documentation's broken declaration and comment syntax, keeping every offset. */
export function repairXmlSyntax(text: string): string {
  if (!text.includes('<? ') && !text.includes('<! ')) return text;
  return text
    .replace(/<\? ?xml([^<>]{0,200}?)\? >/g, (all, inner: string) =>
      `<?xml${inner}?>`.padEnd(all.length, ' '),
    )
    .replace(/<! ?--/g, (all) => '<!--'.padEnd(all.length, ' '));
}

/**
 * Outermost elements, in one pass over the tags with a stack. An element left open (a truncated
 * body) runs to the end of the text, so the validator can say where it breaks.
 */
function elements(text: string): [number, number][] {
  const found: [number, number][] = [];
  const stack: string[] = [];
  let rootStart = -1;
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at + 1)) {
    const skip = skipSpecial(text, at);
    if (skip !== undefined) {
      if (stack.length === 0 && text.startsWith('<?xml', at)) rootStart = at;
      at = skip;
      continue;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(text);
    if (!tag) continue;
    const [whole, closing, name, selfClosing] = tag;
    if (selfClosing) continue;
    if (!closing) {
      if (stack.length === 0 && (rootStart === -1 || !text.slice(rootStart, at).trim().startsWith('<?xml')))
        rootStart = at;
      stack.push(name!);
    } else if (stack.at(-1) === name) {
      stack.pop();
      if (stack.length === 0) {
        found.push([rootStart, at + whole.length]);
        rootStart = -1;
      }
    } else if (stack.includes(name!)) {
      // A mismatched close: report the element as it stands, so the validator names the break.
      found.push([rootStart, at + whole.length]);
      stack.length = 0;
      rootStart = -1;
    }
    at += whole.length - 1;
  }
  if (stack.length > 0 && rootStart !== -1) found.push([rootStart, text.length]);
  return found;
}

// Declarations, comments and CDATA are skipped whole; returns the index of their last character.
function skipSpecial(text: string, at: number): number | undefined {
  const ends: [string, string][] = [
    ['<?', '?>'],
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
    ['<!', '>'],
  ];
  for (const [open, close] of ends) {
    if (!text.startsWith(open, at)) continue;
    const end = text.indexOf(close, at + open.length);
    // Never closed: stray text, not a section that swallows the rest (and any body after it).
    return end === -1 ? at + open.length - 1 : end + close.length - 1;
  }
  return undefined;
}
