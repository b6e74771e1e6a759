import type { SecretKind } from './words.ts';

/** Credentials the paste warning names (identifiers are masked too, but expose nothing on their own). */
export const secretAdvice: Readonly<Partial<Record<SecretKind, { what: string; advice: string }>>> = {
  'accesskey-secret': {
    what: 'an AccessKey secret',
    advice:
      'Treat it as exposed: in RAM, create a new AccessKey for its user, move the application to it, then disable and delete this one.',
  },
  'private-key': {
    what: 'a private key',
    advice:
      'Treat it as exposed: replace the key pair. For a KMS client key, create a new client key for the application access point and delete this one.',
  },
  'key-material': {
    what: 'key material returned by KMS (a plaintext or exported data key)',
    advice:
      'Whoever holds this text can decrypt what that data key protects: generate a new data key and re-encrypt that data.',
  },
  'security-token': {
    what: 'an STS security token',
    advice: 'Treat it as exposed: with its temporary AccessKey pair it works until it expires.',
  },
  'secret-value': {
    what: 'a secret value',
    advice:
      'Treat it as exposed: change it. For a KMS secret, store a new version with PutSecretValue or RotateSecret.',
  },
  password: {
    what: 'a password',
    advice: 'Treat it as exposed: change it wherever it is used.',
  },
  credential: {
    what: 'a token or credential',
    advice: 'Treat it as exposed: revoke or rotate it.',
  },
  'accesskey-secret-like': {
    what: 'what looks like an AccessKey secret (30 letters and digits)',
    advice: 'If it is one, treat it as exposed and rotate the AccessKey in RAM.',
  },
};

const identifierNames: Readonly<Partial<Record<SecretKind, string>>> = {
  signature: 'a request signature',
  'accesskey-id': 'an AccessKey ID',
  'account-id': 'an account ID',
};

/**
 * What to tell the person who pasted text holding these kinds: a warning with advice per credential, and
 * one line naming the identifiers, which expose nothing alone but are masked all the same.
 */
export function secretNotice(kinds: readonly SecretKind[]): {
  warnings: { headline: string; advice: string }[];
  note?: string;
} {
  const warnings = kinds.flatMap((kind) => {
    const advice = secretAdvice[kind];
    return advice ? [{ headline: `This text contains ${advice.what}.`, advice: advice.advice }] : [];
  });
  const identifiers = kinds.flatMap((kind) => identifierNames[kind] ?? []);
  if (identifiers.length === 0) return { warnings };
  const list =
    identifiers.length === 1
      ? identifiers[0]
      : `${identifiers.slice(0, -1).join(', ')} and ${identifiers.at(-1)}`;
  return {
    warnings,
    note: `This text contains ${list}: not secrets on their own, but masked in anything you copy, download or share.`,
  };
}
