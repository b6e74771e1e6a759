// The benchmark's figures: what each measurement adds, and the table and JSON they end up in.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromiumPath } from '../scripts/chromium.mjs';

export interface Figure {
  figure: string;
  value: number;
  unit: string;
  /** Met when the value is at most (or, for "min", at least) the target. */
  target?: number;
  min?: boolean;
}

export const figures: Figure[] = [];
/** What the figures alone do not say, printed under the table. */
export const notes: string[] = [];
export const add = (figure: Figure) => {
  figures.push(figure);
  console.log(`  ${figure.figure}: ${round(figure.value)} ${figure.unit}`);
};

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
export function round(value: number): number {
  return value >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}

export function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Prints the table, the machine and the notes, and writes them to bench/results/. */
export function report() {
  const verdict = (f: Figure) =>
    f.target === undefined ? '' : (f.min ? f.value >= f.target : f.value <= f.target) ? 'met' : 'missed';
  const rows = figures.map(
    (f) =>
      `| ${f.figure} | ${round(f.value)} ${f.unit} | ${f.target === undefined ? '' : `${f.min ? '≥' : '≤'} ${f.target} ${f.unit}`} | ${verdict(f)} |`,
  );
  const chromiumVersion = execSync(`${chromiumPath() ?? 'chromium'} --version`)
    .toString()
    .trim();
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromiumVersion}`;
  const table = ['| figure | value | target | verdict |', '| --- | --- | --- | --- |', ...rows].join('\n');
  const noted = notes.map((note) => `- ${note}`).join('\n');
  console.log(`\n${table}\n\nMachine: ${machine}${noted ? `\n\nNotes:\n${noted}` : ''}`);
  mkdirSync('bench/results', { recursive: true });
  const record = JSON.stringify({ date: new Date().toISOString(), machine, figures, notes }, null, 2) + '\n';
  writeFileSync(`bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`, record);
  writeFileSync('bench/results/latest.json', record);
}
