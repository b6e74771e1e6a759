import type { Family } from './types.ts';

/** A label and a short explanation for each code family, keyed by family. */
export const families: Readonly<Record<Family, { label: string; explanation: string }>> = {
  Forbidden: {
    label: 'Forbidden.',
    explanation:
      "The caller may not act on this: RAM permissions or the account's state (activation, billing, risk control) stop it, or the key, version, alias, secret or KMS instance named does not exist for this caller. KMS files its not-found errors here too, so Forbidden.*NotFound codes often return 404, not 403.",
  },
  Rejected: {
    label: 'Rejected.',
    explanation:
      'The request was well formed and allowed, but the current state of what it acts on rejects it: a key that is Disabled or pending deletion or import, a secret in its deletion window, a resource that already exists, a quota or a rate limit. Change that state, then retry.',
  },
  Unsupported: {
    label: 'Unsupported.',
    explanation:
      'The operation does not support this kind of key, alias or protection level. Use a key or identifier the operation accepts; resending unchanged never helps.',
  },
  InvalidAccessKeyId: {
    label: 'InvalidAccessKeyId',
    explanation:
      'Alibaba Cloud does not accept the AccessKey ID the request was signed with: it is mistyped, deleted, disabled, or not the credential you meant to use.',
  },
  InvalidSecurityToken: {
    label: 'InvalidSecurityToken',
    explanation:
      'The request was signed with STS temporary credentials whose security token is expired, damaged, or belongs to another AccessKey ID. Get fresh credentials from STS.',
  },
  InvalidTimeStamp: {
    label: 'InvalidTimeStamp',
    explanation:
      "The API gateway refused the request's Timestamp: it is not in the expected format, or too far from the gateway's clock.",
  },
  Throttling: {
    label: 'Throttling',
    explanation:
      'Too many requests in too short a time, for the account, the user or the operation. Retrying with exponential backoff works; a lasting excess needs fewer calls.',
  },
  InvalidParameter: {
    label: 'InvalidParameter',
    explanation:
      'A parameter is present but its value is not acceptable. The request needs changing; resending it unchanged never helps.',
  },
  none: {
    label: 'Other codes',
    explanation:
      'Codes outside those families: request format and parameters, signatures, alias and tag clashes, key material import, certificates, activation, and service-side failures (500, 503).',
  },
};

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
