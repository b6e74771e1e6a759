import { describe, expect, it } from 'vitest';
import { overlapTest } from './ranges.ts';

const cases: {
  name: string;
  ranges: [number, number][];
  asked: [number, number][];
  expected: boolean[];
}[] = [
  { name: 'no ranges overlap nothing', ranges: [], asked: [[0, 5]], expected: [false] },
  {
    name: 'a line inside a body, before it and after it',
    ranges: [[10, 20]],
    asked: [
      [0, 5],
      [12, 15],
      [20, 30],
    ],
    expected: [false, true, false],
  },
  {
    name: 'a stretch reaching into a body from either side',
    ranges: [[10, 20]],
    asked: [
      [5, 11],
      [19, 25],
    ],
    expected: [true, true],
  },
  {
    name: 'ranges given out of order, nested and touching',
    ranges: [
      [30, 40],
      [10, 20],
      [12, 14],
      [20, 25],
    ],
    asked: [
      [0, 10],
      [24, 26],
      [25, 30],
      [35, 36],
      [40, 50],
    ],
    expected: [false, true, false, true, false],
  },
  {
    name: 'questions asked out of order still get the right answer',
    ranges: [
      [0, 5],
      [50, 60],
    ],
    asked: [
      [55, 56],
      [1, 2],
      [10, 20],
    ],
    expected: [true, true, false],
  },
];

describe('overlapTest', () => {
  for (const { name, ranges, asked, expected } of cases)
    it(name, () => {
      const overlaps = overlapTest(ranges);
      expect(asked.map(([start, end]) => overlaps(start, end))).toEqual(expected);
    });
});
