// Decoding runs here, off the main thread, so a multi-megabyte log never freezes typing or scrolling.
import { decodeReport } from '../decode/report.ts';

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data;
  self.postMessage({ id, report: decodeReport(text) });
};
