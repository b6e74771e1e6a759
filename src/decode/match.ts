import { families, familyOf } from '../catalog/families.ts';
import { createResolver, type CodeResolution } from '../catalog/lookup.ts';
import type { CatalogEntry } from '../catalog/types.ts';
import { createGuesser } from './guess.ts';
import { indexMessages } from './messageIndex.ts';
import type { Extracted, MatchKind } from './types.ts';

export interface Match {
  match: MatchKind;
  confidence: number;
  entry?: CatalogEntry;
  param?: string;
  candidates: string[];
  warnings: string[];
  family?: ReturnType<typeof familyOf>;
}

// How sure each way of matching is; a fuzzy code is a guess and says so.
const CONFIDENCE: Record<MatchKind, number> = {
  exact: 1,
  case: 0.95,
  alias: 0.95,
  recommend: 0.85,
  message: 0.8,
  fuzzy: 0.5,
  status: 0.2,
  none: 0,
};
const FUZZY_MESSAGE_CONFIDENCE = 0.6;
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
  /** The first documented message found anywhere in a line. */
  readonly messageIn: (line: string) => { text: string; param?: string } | undefined;
}

type MessageMatch = Match & { exactWording: boolean };

/**
 * Builds the matching for a catalog. Codes, messages and statuses are found through maps, so a finding
 * costs about the same with 32 entries or 10,000; only a "did you mean" searches the whole catalog, once
 * per distinct unknown code or message.
 */
export function createMatcher(entries: readonly CatalogEntry[]): Matcher {
  const resolve = createResolver(entries);
  const messages = indexMessages(entries);
  const byStatus = new Map<number, string[]>();
  for (const entry of entries) {
    const codes = byStatus.get(entry.httpStatus);
    if (codes) codes.push(entry.code);
    else byStatus.set(entry.httpStatus, [entry.code]);
  }
  const guess = createGuesser(entries);

  const matchCode = (
    code: string,
    message: string | undefined,
    byMessage: MessageMatch | undefined,
    byRecommend: Match | undefined,
  ): Match => {
    const resolved = resolve(code);
    if (resolved) {
      const kind: MatchKind = resolved.via === 'code' ? 'exact' : resolved.via;
      const warnings =
        kind === 'alias'
          ? [
              `"${code}" is a misspelling from an older revision of the documentation; the code is ${resolved.entry.code}.`,
            ]
          : kind === 'case'
            ? [`"${code}" differs from the documented ${resolved.entry.code} in case or spacing.`]
            : [];
      return {
        match: kind,
        confidence: CONFIDENCE[kind],
        entry: resolved.entry,
        candidates: [],
        warnings,
        param: byMessage?.param,
      };
    }
    const translated = INSTANCE_CODES.find(
      (known) => known.code === code && known.message.test(message ?? ''),
    );
    const meant = translated && resolve(translated.means)?.entry;
    if (meant) {
      const why = `"${code}" is the KMS instance API's code; with this message it means ${meant.code}.`;
      return {
        match: 'alias',
        confidence: INSTANCE_CONFIDENCE,
        entry: meant,
        candidates: [],
        warnings: [why],
      };
    }
    if (/^SDK\./.test(code)) {
      const why = `"${code}" is raised by the SDK itself, not by KMS: the call got no KMS answer (network, timeout, endpoint or credentials setup).`;
      return { match: 'none', confidence: 0, candidates: [], warnings: [why] };
    }
    if (byRecommend) {
      const why = `The code "${code}" is not in the catalog; matched by its Recommend link instead.`;
      return { ...byRecommend, warnings: [why] };
    }
    // An unknown code with a message we know: the message is the better evidence.
    const guesses = guess.code(code);
    if (byMessage) {
      const misspelt = guesses.some((entry) => entry === byMessage.entry);
      const why = misspelt
        ? `"${code}" is not a documented code; it looks like a misspelling of ${byMessage.entry?.code}, and the message agrees.`
        : `The code "${code}" is not in the catalog; matched by its message instead.`;
      return { ...byMessage, warnings: [why] };
    }
    const family = familyOf(code);
    const familyNote =
      family !== 'none' ? ` ${families[family].label} codes: ${families[family].explanation}` : '';
    const best = guesses[0];
    if (best) {
      return {
        match: 'fuzzy',
        confidence: CONFIDENCE.fuzzy,
        entry: best,
        candidates: [...new Set(guesses.map((entry) => entry.code))],
        warnings: [`"${code}" is not a documented code. Did you mean ${best.code}?${familyNote}`],
        ...(family !== 'none' ? { family } : {}),
      };
    }
    return {
      match: 'none',
      confidence: 0,
      candidates: [],
      warnings: [`"${code}" is not a documented KMS code.${familyNote}`],
      ...(family !== 'none' ? { family } : {}),
    };
  };

  const matchMessage = (message: string): MessageMatch | undefined => {
    const found = messages.whole(message);
    if (found)
      return {
        match: 'message',
        confidence: CONFIDENCE.message,
        candidates: [],
        warnings: [],
        exactWording: true,
        ...found,
      };
    const near = guess.message(message.slice(0, 200));
    if (!near) return undefined;
    return {
      match: 'message',
      confidence: FUZZY_MESSAGE_CONFIDENCE,
      entry: near,
      candidates: [],
      warnings: [],
      exactWording: false,
    };
  };

  const matchRecommend = (recommend: string | undefined): Match | undefined => {
    const code = recommend ? /[?&]q=([^&#\s]+)/.exec(recommend)?.[1] : undefined;
    const resolved = code ? resolve(safeDecode(code)) : undefined;
    if (!resolved) return undefined;
    return {
      match: 'recommend',
      confidence: CONFIDENCE.recommend,
      entry: resolved.entry,
      candidates: [],
      warnings: [],
    };
  };

  const matchStatus = (status: number | undefined): Match => {
    const candidates = status ? [...(byStatus.get(status) ?? [])] : [];
    if (candidates.length === 0) return { match: 'none', confidence: 0, candidates, warnings: [] };
    return { match: 'status', confidence: CONFIDENCE.status, candidates, warnings: [] };
  };

  return {
    match(fields) {
      const byMessage = fields.message ? matchMessage(fields.message) : undefined;
      const byRecommend = matchRecommend(fields.recommend);
      const chosen =
        (fields.code ? matchCode(fields.code, fields.message, byMessage, byRecommend) : undefined) ??
        byRecommend ??
        (byMessage && { ...byMessage, warnings: [] as string[] }) ??
        matchStatus(fields.httpStatus);
      return withDisagreements(chosen, fields, byMessage);
    },
    resolve,
    messageIn: messages.within,
  };
}

function withDisagreements(match: Match, fields: Extracted, byMessage: MessageMatch | undefined): Match {
  const warnings = [...match.warnings];
  const entry = match.entry;
  if (entry && fields.httpStatus && fields.httpStatus !== entry.httpStatus) {
    warnings.push(
      `The text shows HTTP ${fields.httpStatus}, but ${entry.code} is documented as ${entry.httpStatus}.`,
    );
  }
  if (entry && byMessage?.entry && byMessage.exactWording && byMessage.entry !== entry) {
    warnings.push(`The message is documented for ${byMessage.entry.code}, not ${entry.code}.`);
  }
  if (entry && match.match === 'message' && !byMessage?.exactWording) {
    warnings.push('The message only resembles the documented wording.');
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
