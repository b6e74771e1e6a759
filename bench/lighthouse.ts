// Lighthouse's mobile preset on the served site: categories, LCP, TBT and CLS, and what cost a category.
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { add, median, notes } from './figures.ts';

// Lighthouse varies from run to run (its simulation scales the observed tasks); its own advice is the
// median of several runs.
const LIGHTHOUSE_RUNS = 3;
const CATEGORIES = [
  ['performance', 'Performance'],
  ['accessibility', 'Accessibility'],
  ['best-practices', 'Best Practices'],
  ['seo', 'SEO'],
] as const;
type Report = NonNullable<Awaited<ReturnType<typeof import('lighthouse').default>>>['lhr'];

/** Runs Lighthouse on `url` (the page called `name`) a few times and adds the median figures. */
export async function lighthouseRun(url: string, name: string) {
  try {
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const reports: Report[] = [];
    for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
      const chrome = await chromeLauncher.launch({
        chromePath: chromiumPath(),
        chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS],
      });
      try {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
        reports.push(result!.lhr);
      } finally {
        chrome.kill();
      }
    }
    const medianOf = (value: (lhr: Report) => number | undefined) =>
      median(reports.map((r) => value(r) ?? NaN));
    for (const [id, label] of CATEGORIES)
      add({
        figure: `Lighthouse mobile, ${name}: ${label} (median of ${LIGHTHOUSE_RUNS})`,
        value: Math.round(medianOf((lhr) => lhr.categories[id]?.score ?? 0) * 100),
        unit: '/100',
        target: 100,
        min: true,
      });
    for (const [id, label, unit, scale, target] of [
      ['largest-contentful-paint', 'LCP', 's', 1000, 1.2],
      ['total-blocking-time', 'TBT', 'ms', 1, 50],
      ['cumulative-layout-shift', 'CLS', '', 1, 0],
    ] as const)
      add({
        figure: `Lighthouse mobile, ${name}: ${label} (median of ${LIGHTHOUSE_RUNS})`,
        value: medianOf((lhr) => lhr.audits[id]?.numericValue) / scale,
        unit,
        target,
      });
    noteFailedAudits(reports[0]!, name);
  } catch (error) {
    console.log(`  Lighthouse could not run: ${(error as Error).message}`);
  }
}

// Failures whose cause we know and chose: said beside Lighthouse's own words.
const KNOWN_CAUSES: Record<string, string> = {
  'robots-txt':
    "Lighthouse fetches /robots.txt from inside the page, and the page's Content-Security-Policy " +
    "(connect-src 'none', the privacy promise) refuses every fetch; see GoogleChrome/lighthouse#4386",
};

// A category under 100 says which audits cost it, in Lighthouse's words, below the table.
function noteFailedAudits(lhr: Report, name: string) {
  for (const [id, label] of CATEGORIES)
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight === 0 || !audit || audit.score === null || audit.score >= 1) continue;
      const why = [audit.explanation, KNOWN_CAUSES[ref.id]].filter(Boolean).join('. ');
      notes.push(`Lighthouse, ${name}, ${label}: "${audit.title}" (${ref.id})${why ? `: ${why}` : ''}`);
    }
}
