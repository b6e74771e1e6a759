// Reads the facts out of the source documents: the common-errors page (either revision's layout) and
// the OpenAPI metadata's error list. Used by the script that refreshes the extracts beside this file and
// by the drift check, which reads a new revision of either document.

/** One row of an error table: a code, its documented wording and HTTP status. */
export interface ErrorRow {
  readonly code: string;
  readonly message: string;
  readonly status: number;
}

/** The common-errors page's facts: its table, and the codes and wordings of its sample error response. */
export interface CommonErrorsPage {
  readonly table: readonly ErrorRow[];
  readonly example: { readonly codes: readonly string[]; readonly messages: readonly string[] };
}

/** The OpenAPI metadata's errors: each (code, status, message) with the operations that list it. */
export interface OperationError {
  readonly code: string;
  readonly httpStatus: number;
  readonly message: string;
  readonly operations: readonly string[];
}

export type ParsedDocument =
  | { readonly ok: true; readonly kind: 'common-errors'; readonly page: CommonErrorsPage }
  | { readonly ok: true; readonly kind: 'operation-errors'; readonly errors: readonly OperationError[] }
  | { readonly ok: false; readonly reason: string };

/** Recognises and reads a common-errors page (text or markdown) or an OpenAPI error list (JSON). */
export function parseDocument(text: string): ParsedDocument {
  if (text.trimStart().startsWith('{')) return parseOperationErrors(text);
  const table = parseMarkdownTable(text) ?? parseTextTable(text);
  if (!table) {
    return {
      ok: false,
      reason:
        'No error table found: expected a common-errors page (a table headed "Error code | Error message | HTTP status code") or the OpenAPI error list (JSON with "errors").',
    };
  }
  if (!table.ok) return table;
  return { ok: true, kind: 'common-errors', page: { table: table.rows, example: parseExample(text) } };
}

function parseOperationErrors(text: string): ParsedDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `The file starts like JSON but does not parse: ${(error as Error).message}` };
  }
  const errors = (data as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return { ok: false, reason: 'The JSON has no "errors" array.' };
  const read: OperationError[] = [];
  for (const [index, item] of errors.entries()) {
    const { code, httpStatus, message, operations } = (item ?? {}) as Record<string, unknown>;
    const valid =
      typeof code === 'string' &&
      typeof httpStatus === 'number' &&
      typeof message === 'string' &&
      Array.isArray(operations) &&
      operations.every((operation) => typeof operation === 'string');
    if (!valid) {
      return {
        ok: false,
        reason: `errors[${index}] lacks a string code, a numeric httpStatus, a string message or a list of operations.`,
      };
    }
    read.push({ code, httpStatus, message, operations: operations as string[] });
  }
  return { ok: true, kind: 'operation-errors', errors: read };
}

type TableResult = { ok: true; rows: ErrorRow[] } | { ok: false; reason: string };

// CommonMark allows a backslash before any ASCII punctuation; the newer table escapes '>'.
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

// The newer revision: a markdown table, header, separator, then rows to the first line that is not one.
function parseMarkdownTable(text: string): TableResult | undefined {
  const lines = text.split(/\r?\n/);
  const header = lines.findIndex((line) =>
    /^\|\s*Error code\s*\|\s*Error message\s*\|\s*HTTP status code\s*\|$/.test(line.trim()),
  );
  if (header === -1) return undefined;
  const rows: ErrorRow[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.trim().startsWith('|')) break;
    const cells = line
      .trim()
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => unescapeMarkdown(cell).trim());
    const [code, message, status] = cells;
    if (cells.length !== 3 || !code || !message || !/^\d{3}$/.test(status ?? ''))
      return { ok: false, reason: `Cannot read this table row: ${line.trim()}` };
    rows.push({ code, message, status: Number(status) });
  }
  return { ok: true, rows };
}

// The older revision, as text: "CODE MESSAGE STATUS" lines after the header, to the end of the file.
function parseTextTable(text: string): TableResult | undefined {
  const lines = text.split(/\r?\n/);
  const header = lines.findIndex((line) => line.trim() === 'Error code Error message HTTP status code');
  if (header === -1) return undefined;
  const rows: ErrorRow[] = [];
  for (const line of lines.slice(header + 1)) {
    if (line.trim() === '') continue;
    const match = /^(\S+) (.+) (\d{3})$/.exec(line.trim());
    if (!match) return { ok: false, reason: `Cannot read this table row: ${line.trim()}` };
    rows.push({ code: match[1]!, message: match[2]!.trim(), status: Number(match[3]) });
  }
  return { ok: true, rows };
}

// The sample error responses: XML <Code>/<Message> elements and JSON "Code"/"Message" members.
function parseExample(text: string): CommonErrorsPage['example'] {
  const codes: string[] = [];
  const messages: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const xml = /^<(Code|Message)>(.*)<\/\1>$/.exec(line);
    // Greedy up to the line's last quote: the older JSON sample leaves inner quotes unescaped.
    const json = /^"(Code|Message)":\s*"(.*)",?$/.exec(line);
    const [, field, value] = xml ?? json ?? [];
    if (field === undefined || value === undefined) continue;
    const found = (json ? value.replace(/\\"/g, '"') : value).trim();
    const list = field === 'Code' ? codes : messages;
    if (!list.includes(found)) list.push(found);
  }
  return { codes, messages };
}
