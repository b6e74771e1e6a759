// Which KMS operation an error came from, read from the text around it: the request, the SDK call, the
// CLI command or the log line. Only real operation names count, so a word that merely looks like one
// never becomes an operation.
import { originOf } from '../../catalog/origin.ts';
import type { DecoderText } from '../text/decoderText.ts';
import {
  errorsOf,
  operations,
  operationsReturning,
  type OperationName,
} from '../../catalog/operations/operations.ts';
import { stateAdvice } from '../../catalog/operations/stateAdvice.ts';
import type { Finding } from '../types.ts';

// Every way an operation's name is written: GenerateDataKey, generateDataKey, generate_data_key.
const bySpelling = new Map<string, OperationName>(
  operations.flatMap(({ name }) =>
    [name, name[0]!.toLowerCase() + name.slice(1), snake(name)].map((s) => [s, name]),
  ),
);
// One pass finds every name as a whole word (longest spellings first, so GenerateDataKeyWithoutPlaintext
// is never read as GenerateDataKey), with an SDK's suffix (DecryptRequest, decryptWithOptions,
// generate_data_key_with_options), which is evidence in itself.
const NAME = new RegExp(
  `\\b(${alternation([...bySpelling.keys()])})(Request|Response|WithOptions|WithCallback|Async|_with_options|_async)?\\b`,
  'g',
);

// Strongest first. Before the name: Action=, "Action": "…", Action%3D (a string to sign), x-acs-action:,
// "aliyun kms ". After it: Request/Response (SDK classes), " Failed!!!" (Terraform), a call.
const BEFORE: readonly [RegExp, number][] = [
  [/\bAction(?:=|%3D|["']?\s{0,4}[:=]\s{0,4}["']?)$/i, 0],
  [/\bx-acs-action["']?\s{0,4}[:=]\s{0,4}["']?$/i, 0],
  [/\baliyun\s{1,4}kms\s{1,4}$/, 2],
];
const CLASS = 1;
const TERRAFORM = /^\s{1,4}Failed!!!/;
const CALL = /^\s{0,4}\(/;
// A name in PascalCase standing alone ("Decrypt failed") is the weakest evidence; lowercase alone, none.
const ALONE = 5;
// How far before an error its operation may be named: a request dump or the SDK call before the body.
const LOOK_BEHIND = 4000;

/** Every place the text names an operation, in order, with how strong the evidence is (0 strongest). */
export interface OperationMentions {
  readonly at: readonly number[];
  readonly names: readonly OperationName[];
  readonly strengths: readonly number[];
}

/** Finds every operation the text names, in one pass, for operationBefore to ask. */
export function mentionsIn(text: string): OperationMentions {
  const at: number[] = [];
  const names: OperationName[] = [];
  const strengths: number[] = [];
  // exec on the one compiled pattern: matchAll would copy (and compile) this large pattern on every call.
  NAME.lastIndex = 0;
  for (let match = NAME.exec(text); match; match = NAME.exec(text)) {
    const [word, written, suffix = ''] = match as unknown as [string, string, string?];
    const name = bySpelling.get(written)!;
    const strength = evidence(text, match.index, word, written === name, suffix);
    if (strength === undefined) continue;
    at.push(match.index);
    names.push(name);
    strengths.push(strength);
  }
  return { at, names, strengths };
}

/**
 * The operation named in [from, to): the strongest evidence, and of equals the nearest to the end. An
 * error at [start, end) asks from max(the error before's end, start − LOOK_BEHIND) to its end.
 */
export function operationBetween(
  mentions: OperationMentions,
  from: number,
  to: number,
): OperationName | undefined {
  let best: number | undefined;
  for (let i = firstAtOrAfter(mentions.at, from); i < mentions.at.length && mentions.at[i]! < to; i++)
    if (best === undefined || mentions.strengths[i]! <= mentions.strengths[best]!) best = i;
  return best === undefined ? undefined : mentions.names[best];
}

/** The operation a text names anywhere. */
export function operationIn(text: string): OperationName | undefined {
  return operationBetween(mentionsIn(text), 0, text.length);
}

/** Where an error at [start, end) may have its operation named: not before the error before it. */
export function windowStart(start: number, previousEnd: number): number {
  return Math.max(previousEnd, start - LOOK_BEHIND, 0);
}

function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function evidence(
  text: string,
  at: number,
  word: string,
  pascal: boolean,
  suffix: string,
): number | undefined {
  const before = text.slice(Math.max(0, at - 24), at);
  for (const [pattern, strength] of BEFORE) if (pattern.test(before)) return strength;
  if (suffix === 'Request' || suffix === 'Response') return CLASS;
  const after = text.slice(at + word.length, at + word.length + 16);
  if (TERRAFORM.test(after)) return 3;
  if (suffix !== '' || CALL.test(after)) return 4;
  return pascal ? ALONE : undefined;
}

// The words as one pattern factored by their common beginnings (Generate(?:DataKey…|AndExport…)|…), so
// at each position of the text only the words that share its first letters are tried.
function alternation(words: readonly string[]): string {
  if (words.length === 1) return words[0]!;
  const byFirst = new Map<string, string[]>();
  let optional = false;
  for (const word of words) {
    if (word === '') optional = true;
    else byFirst.set(word[0]!, [...(byFirst.get(word[0]!) ?? []), word.slice(1)]);
  }
  const branches = [...byFirst].map(([first, rests]) => first + alternation(rests));
  // Longer branches first: a longer name wins over a shorter one it starts with.
  const body = branches.length === 1 && !optional ? branches[0]! : `(?:${branches.join('|')})`;
  return optional ? `(?:${body})?` : body;
}

function snake(name: string): string {
  return name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '_').toLowerCase();
}

/**
 * The finding with its operation: whether that operation documents the code (codes of the common-errors
 * page and of the gateway apply to every operation), and the state-specific next step where there is one.
 */
export function withOperation(
  finding: Finding,
  operation: OperationName | undefined,
  words: DecoderText,
): Finding {
  if (!operation) return finding;
  const entry = finding.entry;
  if (!entry) return { ...finding, operation };
  const warnings = [...finding.warnings];
  const everywhere = originOf(entry) !== 'operations';
  if (!everywhere && !errorsOf(operation).some((error) => error.code === entry.code)) {
    const others = new Set(operationsReturning(entry.code).map((error) => error.operation)).size;
    warnings.push(words.warnings.operationDoesNotList(operation, entry.code, others));
  }
  const nextStep = stateAdvice(entry.code, operation, words.catalog);
  return { ...finding, operation, warnings, ...(nextStep ? { nextStep } : {}) };
}
