import Fuse from 'fuse.js';
import { catalog } from '../catalog/catalog.ts';
import { families, familyOf } from '../catalog/families.ts';
import { createResolver } from '../catalog/lookup.ts';
import { compileTemplate, matchTemplate } from '../catalog/template.ts';
import type { CatalogEntry } from '../catalog/types.ts';
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

const resolve = createResolver(catalog);
const templates = catalog.flatMap((entry) =>
  entry.messages.map((message) => ({ entry, template: compileTemplate(message.text) })),
);
const spellings = catalog.flatMap((entry) =>
  [entry.code, ...entry.aliases.map((a) => a.code)].map((code) => ({ code, entry })),
);
const fuzzyCodes = new Fuse(spellings, {
  keys: ['code'],
  includeScore: true,
  threshold: 0.3,
  ignoreLocation: true,
});
const fuzzyMessages = new Fuse(
  templates.map(({ entry, template }) => ({ entry, text: template.text })),
  { keys: ['text'], includeScore: true, threshold: 0.3, ignoreLocation: true },
);

/** Ties extracted fields to a catalog entry, strongest signal first, and notes every disagreement. */
export function matchExtracted(fields: Extracted): Match {
  const byMessage = fields.message ? matchMessage(fields.message) : undefined;
  const byRecommend = matchRecommend(fields.recommend);
  const chosen =
    (fields.code ? matchCode(fields.code, fields.message, byMessage, byRecommend) : undefined) ??
    byRecommend ??
    (byMessage && { ...byMessage, warnings: [] as string[] }) ??
    matchStatus(fields.httpStatus);
  return withDisagreements(chosen, fields, byMessage);
}

function matchCode(
  code: string,
  message: string | undefined,
  byMessage: MessageMatch | undefined,
  byRecommend: Match | undefined,
): Match {
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
  const translated = INSTANCE_CODES.find((known) => known.code === code && known.message.test(message ?? ''));
  const meant = translated && resolve(translated.means)?.entry;
  if (meant) {
    const why = `"${code}" is the KMS instance API's code; with this message it means ${meant.code}.`;
    return { match: 'alias', confidence: INSTANCE_CONFIDENCE, entry: meant, candidates: [], warnings: [why] };
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
  const guess = fuzzyCodes.search(code, { limit: 3 });
  if (byMessage) {
    const misspelt = guess.some((g) => g.item.entry === byMessage.entry);
    const why = misspelt
      ? `"${code}" is not a documented code; it looks like a misspelling of ${byMessage.entry?.code}, and the message agrees.`
      : `The code "${code}" is not in the catalog; matched by its message instead.`;
    return { ...byMessage, warnings: [why] };
  }
  const family = familyOf(code);
  const familyNote =
    family !== 'none' ? ` ${families[family].label} codes: ${families[family].explanation}` : '';
  const best = guess[0];
  if (best) {
    return {
      match: 'fuzzy',
      confidence: CONFIDENCE.fuzzy,
      entry: best.item.entry,
      candidates: [...new Set(guess.map((g) => g.item.entry.code))],
      warnings: [`"${code}" is not a documented code. Did you mean ${best.item.entry.code}?${familyNote}`],
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
}

type MessageMatch = Match & { exactWording: boolean };

function matchMessage(message: string): MessageMatch | undefined {
  for (const { entry, template } of templates) {
    const found = matchTemplate(template, message);
    if (found)
      return {
        match: 'message',
        confidence: CONFIDENCE.message,
        entry,
        candidates: [],
        warnings: [],
        exactWording: true,
        ...found,
      };
  }
  const near = fuzzyMessages.search(message.slice(0, 200), { limit: 1 })[0];
  if (!near) return undefined;
  return {
    match: 'message',
    confidence: FUZZY_MESSAGE_CONFIDENCE,
    entry: near.item.entry,
    candidates: [],
    warnings: [],
    exactWording: false,
  };
}

function matchRecommend(recommend: string | undefined): Match | undefined {
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
}

function matchStatus(status: number | undefined): Match {
  const candidates = status ? catalog.filter((e) => e.httpStatus === status).map((e) => e.code) : [];
  if (candidates.length === 0) return { match: 'none', confidence: 0, candidates, warnings: [] };
  return { match: 'status', confidence: CONFIDENCE.status, candidates, warnings: [] };
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
