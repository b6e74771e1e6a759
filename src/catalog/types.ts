/** HTTP statuses the KMS documentation and the API gateway return with an error. */
import type { HTTP_STATUSES } from './statuses.ts';

/** A status some source gives a code. */
export type HttpStatus = (typeof HTTP_STATUSES)[number];

/**
 * The family a code belongs to: the part before its first dot when that is a known family, or the whole
 * code when it is a family's own name (`Throttling`); "none" for every other code.
 */
export type Family =
  | 'Forbidden'
  | 'Rejected'
  | 'Unsupported'
  | 'InvalidAccessKeyId'
  | 'InvalidSecurityToken'
  | 'InvalidTimeStamp'
  | 'Throttling'
  | 'InvalidParameter'
  | 'none';

export type Category =
  | 'access-key-signature'
  | 'permission'
  | 'account-billing'
  | 'request-format'
  | 'resource-not-found'
  | 'key-state'
  | 'resource-conflict'
  | 'key-material-import'
  | 'unsupported'
  | 'kms-instance'
  | 'quota'
  | 'throttling'
  | 'service-side';

/** Who has to act before the call can succeed. */
export type Actor = 'caller' | 'key-admin' | 'ram-admin' | 'account-owner' | 'nobody';

/** Whether, and when, sending the call again can succeed. */
export type RetryClass = 'never' | 'after-fix' | 'after-state-change' | 'backoff';

/** The two revisions of the common-errors page (sources/commonErrors.json), oldest first. */
export type RevisionId = 'older' | 'newer';

/** Where a wording was documented or seen, and with which HTTP status. */
export type MessageSource =
  /** The common-errors page: its error table or its sample error response. */
  | { readonly kind: 'page'; readonly revision: RevisionId; readonly place: 'table' | 'example' }
  /** The operations' own references (sources/operationErrors.json, apiReferenceErrors.json). */
  | { readonly kind: 'operations'; readonly status: HttpStatus }
  /**
   * Outside the KMS documentation: the API gateway's wording in its own documentation, in public SDK
   * source, or in a real paste; the status is null where none of them shows it.
   */
  | {
      readonly kind: 'seen';
      readonly status: HttpStatus | null;
      readonly where: string;
      readonly url: string;
    };

export interface DocumentedMessage {
  /** Exactly as documented or seen, misspellings included; `< parameter name >` marks a templated part. */
  readonly text: string;
  readonly sources: readonly MessageSource[];
}

/** Another spelling of a code that a source used (a misspelling). */
export interface Alias {
  readonly code: string;
  /** The page revisions, or the operations' references, that use this spelling. */
  readonly documentedIn: readonly (RevisionId | 'operations')[];
}

/** What the sources say of a code, and how we classify it: all the first view needs. */
export interface CatalogFacts {
  readonly code: string;
  /**
   * The status the code usually comes with: the common-errors page's, else most operations', else the one
   * seen; null where no source shows one.
   */
  readonly httpStatus: HttpStatus | null;
  /** Every wording documented or seen; the first is the one to show. */
  readonly messages: readonly DocumentedMessage[];
  /** Revisions of the common-errors page whose table lists this code (under any spelling). */
  readonly revisions: readonly RevisionId[];
  readonly aliases: readonly Alias[];
  readonly category: Category;
  readonly actor: Actor;
  readonly retry: RetryClass;
}

/** What we write for each code: what it means and what to do. */
export interface Guidance {
  /** One or two plain sentences: what the error means. */
  readonly meaning: string;
  readonly causes: readonly string[];
  /** Steps, naming the real KMS API operations where one applies. */
  readonly fixes: readonly string[];
  /** What not to do where a wrong fix tempts; omitted where none does. */
  readonly avoid?: string;
}

/**
 * Our guidance in Simplified Chinese, for the zh-CN page: what the code means and what to do, as a
 * Chinese-speaking KMS engineer would write it, with the terms of Alibaba Cloud's Chinese documentation.
 * Related codes are the same in both languages (../related.ts).
 */
export interface GuidanceZh {
  readonly meaning: string;
  readonly causes: readonly string[];
  readonly fixes: readonly string[];
  /** Present exactly when the English guidance has one. */
  readonly avoid?: string;
  /** Chinese words a reader searches for this code, the most telling first ("密钥不存在"). */
  readonly terms: readonly string[];
}

/** Guidance's fields, each named once; the compiler fails if one is missing here. */
export const GUIDANCE_FIELDS = [
  'meaning',
  'causes',
  'fixes',
  'avoid',
] as const satisfies readonly (keyof Guidance)[];
export const everyGuidanceField: Exclude<keyof Guidance, (typeof GUIDANCE_FIELDS)[number]> extends never
  ? true
  : never = true;

/** The codes of a group of facts: each group's guidance is keyed by them. */
export type CodeOf<F extends readonly { readonly code: string }[]> = F[number]['code'];

/**
 * A catalog entry: the documented facts and our guidance, in one language. The Chinese entries also say
 * what the API's English message means (`says`) and carry the words people search (`terms`).
 */
export type CatalogEntry = CatalogFacts &
  Guidance & {
    /** Codes a reader of this one should also know (../related.ts). */
    readonly related: readonly string[];
    readonly says?: string;
    readonly terms?: readonly string[];
  };
