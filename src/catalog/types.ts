/** HTTP statuses the KMS error documentation uses. */
export type HttpStatus = 400 | 403 | 404 | 409 | 500 | 503;

/** The part of a code before its first dot; "none" for codes without one. */
export type Family = 'Forbidden' | 'Rejected' | 'Unsupported' | 'InvalidAccessKeyId' | 'none';

export type Category =
  | 'access-key-signature'
  | 'permission'
  | 'account-billing'
  | 'request-format'
  | 'resource-not-found'
  | 'key-state'
  | 'key-material-import'
  | 'quota'
  | 'service-side';

/** Who has to act before the call can succeed. */
export type Actor = 'caller' | 'account-owner' | 'nobody';

/** Whether, and when, sending the call again can succeed. */
export type RetryClass = 'never' | 'after-fix' | 'after-state-change' | 'backoff';

/** The source documents in ../shared/seeds, oldest first. */
export type RevisionId = 'older' | 'newer';

/** Where in a revision a wording appears: the error table or the sample error response. */
export interface DocumentedMessage {
  /** Exactly as documented; `< parameter name >` marks a templated part. */
  readonly text: string;
  readonly sources: readonly { readonly revision: RevisionId; readonly place: 'table' | 'example' }[];
}

/** Another spelling of a code that a source document used (a misspelling). */
export interface Alias {
  readonly code: string;
  readonly revisions: readonly RevisionId[];
  readonly note: string;
}

/** What the documentation says of a code, and how we classify it: all the first view needs. */
export interface CatalogFacts {
  readonly code: string;
  readonly httpStatus: HttpStatus;
  /** Every documented wording; the first is the table's wording in the newest revision. */
  readonly messages: readonly DocumentedMessage[];
  /** Revisions whose table lists this code, under its canonical spelling or an alias. */
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
  /** Codes a reader of this one should also know. */
  readonly related: readonly string[];
}

/** A catalog entry: the documented facts and our guidance. */
export type CatalogEntry = CatalogFacts & Guidance;
