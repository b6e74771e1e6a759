import { familyOf } from '../../catalog/families.ts';
import { createResolver, type CodeResolution } from '../../catalog/lookup.ts';
import { statusesOf } from '../../catalog/statuses.ts';
import type { CatalogEntry } from '../../catalog/types.ts';
import { createGuesser } from './guess.ts';
import { indexMessages } from './messageIndex.ts';
import type { Extracted, MatchKind } from '../types.ts';
import type { DecoderText } from '../text/decoderText.ts';

export interface Match {
  match: MatchKind;
  confidence: number;
  entry?: CatalogEntry;
  param?: string;
  candidates: string[];
  warnings: string[];
  family?: ReturnType<typeof familyOf>;
}

// How sure each way of matching is. A guess ("fuzzy") names no entry, so it carries no percentage.
const CONFIDENCE: Record<MatchKind, number> = {
  exact: 1,
  case: 0.95,
  alias: 0.95,
  recommend: 0.85,
  message: 0.8,
  fuzzy: 0,
  status: 0.2,
  none: 0,
};
const INSTANCE_CONFIDENCE = 0.8;

// The KMS instance (dedicated KMS) API has its own vocabulary; these mean documented public-API errors.
// Source: alibabacloud-dkms-gcs SDKs (see src/decode/fixtures/sdkSources.md).
const INSTANCE_CODES: readonly { code: string; message: RegExp; means: string }[] = [
  { code: 'InvalidParam', message: /\bParam Date\b/i, means: 'IllegalTimestamp' },
  { code: 'InvalidParam', message: /\bParam Authorization\b/i, means: 'IncompleteSignature' },
  { code: 'Unauthorized', message: /(?:)/, means: 'InvalidAccessKeyId.NotFound' },
];

/** What the decoder needs of a catalog, built once per catalog. */
export interface Matcher {
  /** Ties extracted fields to a catalog entry, strongest signal first, and notes every disagreement. */
  readonly match: (fields: Extracted) => Match;
  /** The entry a code or alias names (exactly, or in other case or spacing). */
  readonly resolve: (code: string) => CodeResolution<CatalogEntry> | undefined;
  /** The first distinctive documented message found anywhere in a line. */
  readonly messageIn: (line: string) => { text: string; param?: string } | undefined;
}

/** What the message says: the entries whose documented wording it is, or the one it only resembles. */
type MessageEvidence =
  { exact: true; owners: { entry: CatalogEntry; param?: string }[] } | { exact: false; near: CatalogEntry };

/**
 * Builds the matching for a catalog. Codes, messages and statuses are found through maps, so a finding
 * costs about the same with tens of entries or ten thousand; only a "did you mean" searches the whole
 * catalog, once per distinct unknown code or message. An explicit code the catalog does not know is never
 * turned into another code: what resembles it is offered as a suggestion, never as the answer. Warnings are
 * in the language of `words`.
 */
export function createMatcher(entries: readonly CatalogEntry[], words: DecoderText): Matcher {
  const say = words.warnings;
  const list = words.list;
  const resolve = createResolver(entries);
  const messages = indexMessages(entries);
  const byStatus = new Map<number, string[]>();
  for (const entry of entries)
    for (const status of statusesOf(entry))
      byStatus.set(status, [...(byStatus.get(status) ?? []), entry.code]);
  const guess = createGuesser(entries);

  const matchCode = (code: string, fields: Extracted, evidence: MessageEvidence | undefined): Match => {
    const resolved = resolve(code);
    if (resolved) {
      const kind: MatchKind = resolved.via === 'code' ? 'exact' : resolved.via;
      const warnings =
        kind === 'alias'
          ? [say.alias(code, resolved.entry.code)]
          : kind === 'case'
            ? [say.otherCase(code, resolved.entry.code)]
            : [];
      const param = evidence?.exact
        ? evidence.owners.find((o) => o.entry === resolved.entry)?.param
        : undefined;
      return {
        match: kind,
        confidence: CONFIDENCE[kind],
        entry: resolved.entry,
        candidates: [],
        warnings,
        param,
      };
    }
    const translated = INSTANCE_CODES.find(
      (known) => known.code === code && known.message.test(fields.message ?? ''),
    );
    const meant = translated && resolve(translated.means)?.entry;
    if (meant) {
      const why = say.instanceCode(code, meant.code);
      return {
        match: 'alias',
        confidence: INSTANCE_CONFIDENCE,
        entry: meant,
        candidates: [],
        warnings: [why],
      };
    }
    // The Java SDK prefixes what it concludes itself: SDK.InvalidAccessKeySecret is InvalidAccessKeySecret.
    const unprefixed = code.startsWith('SDK.') ? resolve(code.slice(4)) : undefined;
    if (unprefixed) {
      const why = say.sdkReports(code, unprefixed.entry.code);
      return {
        match: 'alias',
        confidence: CONFIDENCE.alias,
        entry: unprefixed.entry,
        candidates: [],
        warnings: [why],
      };
    }
    if (/^SDK\./.test(code)) {
      const why = say.sdkClientSide(code);
      return { match: 'none', confidence: 0, candidates: [], warnings: [why] };
    }
    return unknownCode(code, fields, evidence);
  };

  // Not in the catalog: say so, explain the family, and offer what resembles it only as suggestions.
  const unknownCode = (code: string, fields: Extracted, evidence: MessageEvidence | undefined): Match => {
    const family = familyOf(code);
    const guesses = guess.code(code).map((entry) => entry.code);
    const byMessage = evidence?.exact ? evidence.owners.map((o) => o.entry.code) : [];
    const linked = recommended(fields.recommend);
    const candidates = [...new Set([...byMessage, ...guesses, ...(linked ? [linked.entry.code] : [])])];
    const warnings = [say.notInCatalog(code)];
    if (family !== 'none')
      warnings.push(say.family(words.catalog.family[family], words.catalog.familyMeaning[family]));
    const misspelt = guesses.find((guessed) => byMessage.includes(guessed));
    if (misspelt) warnings.push(say.mayBeMisspelling(misspelt));
    else if (byMessage.length > 0) warnings.push(say.messageDocumentedFor(list(byMessage, 'and')));
    else if (guesses[0]) warnings.push(say.didYouMean(guesses[0]));
    return { match: 'none', confidence: 0, candidates, warnings, ...(family !== 'none' ? { family } : {}) };
  };

  const messageEvidence = (message: string): MessageEvidence | undefined => {
    const owners = messages.whole(message);
    if (owners.length > 0) return { exact: true, owners };
    const near = guess.message(message.slice(0, 200));
    return near ? { exact: false, near } : undefined;
  };

  const recommended = (recommend: string | undefined) => {
    const code = recommend ? /[?&]q=([^&#\s]+)/.exec(recommend)?.[1] : undefined;
    return code ? resolve(safeDecode(code)) : undefined;
  };

  // No code in the text: a Recommend link, then the message, then the status.
  const withoutCode = (fields: Extracted, evidence: MessageEvidence | undefined): Match => {
    const linked = recommended(fields.recommend);
    if (linked)
      return {
        match: 'recommend',
        confidence: CONFIDENCE.recommend,
        entry: linked.entry,
        candidates: [],
        warnings: [],
      };
    if (evidence?.exact && evidence.owners.length === 1) {
      const [{ entry, param }] = evidence.owners as [{ entry: CatalogEntry; param?: string }];
      return { match: 'message', confidence: CONFIDENCE.message, entry, param, candidates: [], warnings: [] };
    }
    if (evidence?.exact) {
      const codes = evidence.owners.map((o) => o.entry.code);
      const why = say.noCodeSharedWording(list(codes, 'and'));
      return { match: 'fuzzy', confidence: 0, candidates: codes, warnings: [why] };
    }
    if (evidence) {
      const why = say.noCodeResembles(evidence.near.code);
      return { match: 'fuzzy', confidence: 0, candidates: [evidence.near.code], warnings: [why] };
    }
    const candidates = fields.httpStatus ? [...(byStatus.get(fields.httpStatus) ?? [])] : [];
    if (candidates.length === 0) return { match: 'none', confidence: 0, candidates, warnings: [] };
    return { match: 'status', confidence: CONFIDENCE.status, candidates, warnings: [] };
  };

  return {
    match(fields) {
      const evidence = fields.message ? messageEvidence(fields.message) : undefined;
      const chosen = fields.code ? matchCode(fields.code, fields, evidence) : withoutCode(fields, evidence);
      return withDisagreements(chosen, fields, evidence, words);
    },
    resolve,
    messageIn: messages.within,
  };
}

// What the text says against what the catalog documents for the chosen entry. A status or wording that
// any source documents for the code is no disagreement.
function withDisagreements(
  match: Match,
  fields: Extracted,
  evidence: MessageEvidence | undefined,
  words: DecoderText,
): Match {
  const entry = match.entry;
  if (!entry) return match;
  const warnings = [...match.warnings];
  const statuses: readonly number[] = statusesOf(entry);
  if (fields.httpStatus && statuses.length > 0 && !statuses.includes(fields.httpStatus)) {
    warnings.push(
      words.warnings.statusDisagrees(fields.httpStatus, entry.code, words.list(statuses.map(String), 'or')),
    );
  }
  if (evidence?.exact && !evidence.owners.some((o) => o.entry === entry)) {
    warnings.push(
      words.warnings.messageForOther(
        words.list(
          evidence.owners.map((o) => o.entry.code),
          'and',
        ),
        entry.code,
      ),
    );
  }
  return { ...match, warnings };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
