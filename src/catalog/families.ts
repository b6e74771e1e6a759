import type { Family } from './types.ts';

// 'none' is the fallback, never a prefix a code can carry.
const named: readonly Family[] = [
  'Forbidden',
  'Rejected',
  'Unsupported',
  'InvalidAccessKeyId',
  'InvalidSecurityToken',
  'InvalidTimeStamp',
  'Throttling',
  'InvalidParameter',
];

/** The family of a code: its prefix before the first dot, or the whole code, when that is a family. */
export function familyOf(code: string): Family {
  const dot = code.indexOf('.');
  const prefix = dot === -1 ? code : code.slice(0, dot);
  return named.find((family) => family === prefix) ?? 'none';
}

/** Every family, 'none' last. */
export const FAMILIES: readonly Family[] = [...named, 'none'];

/** Whether a text (from a URL) names a family. */
export function isFamily(text: string): text is Family {
  return FAMILIES.some((family) => family === text);
}
