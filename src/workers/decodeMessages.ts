import type { Report } from '../decode/report.ts';
import type { Finding } from '../decode/types.ts';

/** How many findings the page shows at first and adds each time more are asked for. */
export const FINDINGS_PAGE = 25;

/** What the page asks the decoding worker: decode a text, or the next page of the last text's findings. */
export type ToWorker =
  | { readonly kind: 'decode'; readonly id: number; readonly text: string }
  | { readonly kind: 'more'; readonly id: number; readonly from: number };

/** What the worker answers, tagged with the id of the text it is about. */
export type FromWorker =
  | { readonly kind: 'report'; readonly id: number; readonly report: Report }
  | {
      readonly kind: 'more';
      readonly id: number;
      readonly from: number;
      readonly findings: readonly Finding[];
    };
