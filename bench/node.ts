// The figures measured in Node: search and decoding, as the catalog and the log grow.
import { readFileSync } from 'node:fs';
import { catalog } from '../src/catalog/catalog.ts';
import { createSearch } from '../src/catalog/search/search.ts';
import { createDecoder } from '../src/decode/decode.ts';
import { decode } from '../src/decode/english.ts';
import { add, median, timed } from './figures.ts';
import { SCALED_SIZE, scaledCatalog } from '../scaled/scaledCatalog.ts';
import { scaledLog } from '../scaled/scaledLog.ts';
import { englishDecoderText } from '../src/decode/text/en.ts';

const QUERIES = [
  'keynotfound',
  'key not found',
  'forbiden key',
  'Rejetced',
  '404',
  'pending deletion',
  'timestamp',
  'signature',
  'no permission',
  'alias exists',
  'import token',
  'debt',
  'risk control',
  'kms not enabled',
  'limit exceeded',
  'protection level',
  'missing parameter',
  'http method',
  'internal',
  'region',
];
const fixture = (name: string) =>
  readFileSync(new URL(`../src/decode/fixtures/${name}`, import.meta.url), 'utf8');

/** Search at the real catalog's size, 1,000 entries and the scaled size; decoding one body, logs of 50 KB to 5 MB, and larger catalogs. */
export function measureNode() {
  console.log('Node: search and decode');
  for (const size of [catalog.length, 1000, SCALED_SIZE]) {
    const search = createSearch(scaledCatalog(size));
    QUERIES.forEach((q) => search.search(q));
    const perQuery = QUERIES.map((q) => median([1, 2, 3].map(() => timed(() => search.search(q)))));
    add({
      figure: `search, ${size.toLocaleString('en')} entries (median query)`,
      value: median(perQuery),
      unit: 'ms',
    });
    add({
      figure: `search, ${size.toLocaleString('en')} entries (slowest query)`,
      value: Math.max(...perQuery),
      unit: 'ms',
    });
  }
  const body = fixture('raw-http-json-response.txt');
  for (let i = 0; i < 200; i++) decode(body);
  const batches = Array.from(
    { length: 20 },
    () =>
      timed(() => {
        for (let i = 0; i < 100; i++) decode(body);
      }) / 100,
  );
  add({ figure: 'decode one body (median)', value: median(batches), unit: 'ms', target: 2 });
  for (const [label, bytes] of [
    ['50 KB', 50 * 1024],
    ['1 MB', 1024 * 1024],
    ['5 MB', 5 * 1024 * 1024],
  ] as const) {
    const log = scaledLog(bytes);
    decode(log);
    const ms = median([1, 2, 3].map(() => timed(() => decode(log))));
    add({ figure: `decode a ${label} log`, value: ms, unit: 'ms' });
    if (label === '5 MB')
      add({
        figure: 'decode throughput, log of many bodies',
        value: bytes / 1024 / 1024 / (ms / 1000),
        unit: 'MB/s',
        target: 20,
        min: true,
      });
  }
  // The same log against larger catalogs: the cost per finding should not grow with the catalog.
  const megabyte = scaledLog(1024 * 1024);
  for (const size of [catalog.length, 1000, SCALED_SIZE]) {
    const decodeWith = createDecoder(scaledCatalog(size), englishDecoderText);
    decodeWith(megabyte);
    add({
      figure: `decode a 1 MB log, ${size.toLocaleString('en')} entries`,
      value: median([1, 2, 3].map(() => timed(() => decodeWith(megabyte)))),
      unit: 'ms',
    });
  }
}
