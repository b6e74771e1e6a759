import type { Family } from './types';

/** A label and a short explanation for each code family, keyed by family. */
export const families: Readonly<Record<Family, { label: string; explanation: string }>> = {
  Forbidden: {
    label: 'Forbidden.',
    explanation:
      "The caller may not act on this: the AccessKey, RAM permissions or the account's state (activation, billing, risk control) stop it, or the key, key version or alias does not exist for this caller. KMS files some not-found errors here, so Forbidden.*NotFound codes return 404, not 403.",
  },
  Rejected: {
    label: 'Rejected.',
    explanation:
      "The request was well-formed and allowed, but the key's current state (Disabled, PendingDeletion, PendingImport, a concurrent change) or a quota rejects it. Change the state or free the quota, then retry.",
  },
  Unsupported: {
    label: 'Unsupported.',
    explanation:
      'The operation does not support this kind of key, alias or protection level. Use a key or identifier the operation accepts; resending unchanged never helps.',
  },
  InvalidAccessKeyId: {
    label: 'InvalidAccessKeyId.',
    explanation:
      'Alibaba Cloud does not know the AccessKey ID the request was signed with: it is mistyped, deleted, or not the credential you meant to use.',
  },
  none: {
    label: 'No prefix',
    explanation:
      'Codes without a family prefix: request format and parameters, signature and timestamp, alias name clashes, key material import, and service-side failures (500, 503).',
  },
};

// 'none' is the fallback, never a prefix a code can carry.
const prefixed: readonly Family[] = ['Forbidden', 'Rejected', 'Unsupported', 'InvalidAccessKeyId'];

/** The family of a code: its prefix before the first dot when that is a known family, else 'none'. */
export function familyOf(code: string): Family {
  const dot = code.indexOf('.');
  if (dot === -1) return 'none';
  const prefix = code.slice(0, dot);
  return prefixed.find((family) => family === prefix) ?? 'none';
}
