import type { CatalogText } from '../../catalog/text/catalogText.ts';
import type { SecretKind } from '../secrets/words.ts';

/** The readers, as a note that one failed names them. */
export type ReaderId = 'json' | 'xml' | 'fields' | 'text';

/**
 * Everything the decoder says, in one language: why it found nothing, its notes and warnings, the
 * credential warnings, and the texts made of findings (the ticket note, the incident summary, the CSV,
 * a shared summary). English in en.ts, Chinese in zh.ts; the compiler checks both have every part.
 */
export interface DecoderText {
  readonly catalog: CatalogText;
  /** "a, b and c" / "a、b 和 c". */
  list(items: readonly string[], last: 'and' | 'or'): string;
  readonly refusal: {
    tooLarge(megabytes: string): string;
    readonly tooLargeHint: string;
    readonly empty: string;
    readonly emptyHint: string;
    readonly malformedHint: string;
    readonly jsonWithoutError: string;
    readonly jsonWithoutErrorHint: string;
    readonly xmlWithoutError: string;
    readonly xmlWithoutErrorHint: string;
    readonly nothing: string;
    readonly nothingHint: string;
  };
  readonly notes: {
    readonly readerNames: Readonly<Record<ReaderId, string>>;
    readerFailed(reader: string, message: string): string;
    xmlMalformed(line: number, message: string): string;
    xmlUnreadable(line: number, message: string): string;
  };
  readonly warnings: {
    alias(code: string, canonical: string): string;
    otherCase(code: string, canonical: string): string;
    instanceCode(code: string, meant: string): string;
    sdkReports(code: string, canonical: string): string;
    sdkClientSide(code: string): string;
    notInCatalog(code: string): string;
    family(label: string, explanation: string): string;
    mayBeMisspelling(code: string): string;
    messageDocumentedFor(codes: string): string;
    didYouMean(code: string): string;
    noCodeSharedWording(codes: string): string;
    noCodeResembles(code: string): string;
    statusDisagrees(seen: number, code: string, documented: string): string;
    messageForOther(codes: string, code: string): string;
    operationDoesNotList(operation: string, code: string, others: number): string;
  };
  readonly secrets: {
    /** What each kind of credential is, and what to do now that it was pasted. */
    readonly advice: Readonly<
      Partial<Record<SecretKind, { readonly what: string; readonly advice: string }>>
    >;
    /** Identifiers: masked too, but exposing nothing alone. */
    readonly identifiers: Readonly<Partial<Record<SecretKind, string>>>;
    headline(what: string): string;
    identifiersNote(list: string): string;
  };
  readonly report: {
    line(line: number): string;
    incidentHeading(total: number, codes: number, window: string): string;
    incidentWindow(from: string, to: string): string;
    incidentRow(count: number, code: string, status: string, actor: string, from: string, to: string): string;
    status(statuses: readonly number[]): string;
    readonly notInCatalog: string;
    readonly csvHeaders: readonly string[];
    readonly ticket: {
      error(code: string, status: number | null | undefined): string;
      matched(match: string, confidence: number): string;
      notMatched(suggestions: readonly string[]): string;
      readonly unknown: string;
      readonly labels: Readonly<
        Record<
          | 'statusSeen'
          | 'requestId'
          | 'hostId'
          | 'time'
          | 'param'
          | 'operation'
          | 'whoActs'
          | 'meaning'
          | 'nextStep'
          | 'note'
          | 'reference',
          string
        >
      >;
    };
  };
  readonly share: {
    summaryHeading(total: number, size: string): string;
    moreCodes(count: number): string;
  };
}
