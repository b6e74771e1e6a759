/** What a masked value was; the paste warning and the README name these. */
export type SecretKind =
  | 'accesskey-secret'
  | 'accesskey-secret-like'
  | 'private-key'
  | 'key-material'
  | 'security-token'
  | 'secret-value'
  | 'password'
  | 'credential'
  | 'signature'
  | 'accesskey-id'
  | 'account-id';

// Names that hold no secret although they contain a secret's stem: what a secret is called, its type,
// its version, when it expires, how long it is; KMS and RAM operations named after what they handle;
// and error codes (InvalidSecurityToken.Expired: …). Compared squashed: lowercase letters and digits.
const NOT_SECRET_SUFFIX =
  /(?:name|names|type|types|arn|stage|stages|status|state|method|version|versionid|versionids|nonce|algorithm|expiration|expiry|expires|expiresat|expired|expiretime|length|count|interval|period|days|window|date|time|policy|file|path|enabled|required|format|characters)$/;
const CODE_LIKE =
  /^(?:invalid|missing|incomplete|expired|illegal|forbidden|rejected|unsupported)|doesnotmatch|notfound|nonceused/;
const OPERATIONS = new Set([
  'generatedatakey',
  'generatedatakeywithoutplaintext',
  'generateandexportdatakey',
  'exportdatakey',
  'importkeymaterial',
  'deletekeymaterial',
  'getsecretvalue',
  'putsecretvalue',
  'createsecret',
  'deletesecret',
  'updatesecret',
  'restoresecret',
  'rotatesecret',
  'describesecret',
  'listsecrets',
  'getrandompassword',
  'createclientkey',
  'getclientkey',
  'deleteclientkey',
  'listclientkeys',
  'createaccesskey',
  'deleteaccesskey',
  'updateaccesskey',
  'listaccesskeys',
  'getaccesskeylastused',
]);

// Most specific first: "AccessKeySecret" is a secret before it is an "AccessKey".
const KINDS: readonly [RegExp, SecretKind][] = [
  [/authorization|cookie|bearer|apikey/, 'credential'],
  [/privatekey|clientkeycontent|clientkeyblob/, 'private-key'],
  [/passw|passphrase|pwd/, 'password'],
  [/plaintext|keymaterial|^datakey$|exporteddatakey/, 'key-material'],
  [/securitytoken|ststoken|sessiontoken/, 'security-token'],
  [/token/, 'credential'],
  [/signature/, 'signature'],
  [/accesskeysecret|secretaccesskey|accesssecret|secretkey|keysecret|aksecret/, 'accesskey-secret'],
  [/accesskey|akid|credential/, 'accesskey-id'],
  [/secret/, 'secret-value'],
];

/** The kind of secret a field of this name holds, or undefined for a name that holds none. */
export function classifyName(name: string): SecretKind | undefined {
  const squashed = name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const bare = squashed.replace(/(?:request|response)$/, '');
  if (OPERATIONS.has(bare) || CODE_LIKE.test(squashed) || NOT_SECRET_SUFFIX.test(squashed)) return undefined;
  return KINDS.find(([pattern]) => pattern.test(squashed))?.[1];
}

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
