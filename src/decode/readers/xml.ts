import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fieldsOfValue } from './objects.ts';
import type { Piece } from './reader.ts';

// Entities are never expanded (no billion laughs, no external entities); values stay strings.
const parser = new XMLParser({
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  tagValueProcessor: (_name: string, value: string) => predefinedEntities(value),
});
// Only XML's five predefined entities and character references, in one pass: nothing can expand twice.
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const MAX_ELEMENT = 1024 * 1024;
const TAG = /<(\/?)([A-Za-z_][\w:.-]{0,63})(?:\s[^<>]{0,1024})?(\/?)>/y;
const ERROR_TAG = /<(?:Code|ErrorCode|Message|ErrorMessage)>/;

export interface XmlRead {
  pieces: Piece[];
  /** Why an element that looked like an error body could not be read, e.g. "malformed at line 3". */
  problems: string[];
}

/**
 * Finds XML error bodies (`<KMS>`, `<Error>` or any root with a Code or Message child), with or without
 * a declaration, with CDATA, and in the older documentation's broken syntax (`<? xml … ? >`, `<! -- -->`).
 */
export function readXml(text: string): XmlRead {
  const pieces: Piece[] = [];
  const problems: string[] = [];
  if (!text.includes('<')) return { pieces, problems };
  for (const [start, end] of elements(text)) {
    const element = text.slice(start, end);
    if (!ERROR_TAG.test(element) || element.length > MAX_ELEMENT) continue;
    const checked = XMLValidator.validate(element);
    if (checked !== true) {
      const line = lineOf(text, start) + checked.err.line - 1;
      problems.push(`The XML is malformed at line ${line}: ${checked.err.msg}`);
      continue;
    }
    const { fields } = fieldsOfValue(parser.parse(element));
    if (fields) pieces.push({ start, end, format: 'xml', fields });
  }
  return { pieces, problems };
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

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
