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

/**
 * The words secrets are named with, each as its parts: a name holds one when its letters hold the parts in
 * order, with nothing or one of space, _, -, . between them ("AccessKeySecret", "access_key_secret",
 * "Access Key Secret", "aliyun.access-key-secret"). The finder's pattern and its cheap pre-check are both
 * made from this one list; classifyName says what each name holds.
 */
export const SECRET_WORDS: readonly (readonly string[])[] = [
  ['access', 'key', 'secret'],
  ['secret', 'access', 'key'],
  ['access', 'key', 'id'],
  ['secret', 'key'],
  ['security', 'token'],
  ['private', 'key'],
  ['client', 'key'],
  ['key', 'material'],
  ['data', 'key'],
  ['api', 'key'],
  ['access', 'key'],
  ['ak', 'id'],
  ['secret'],
  ['passw'],
  ['passphrase'],
  ['pwd'],
  ['token'],
  ['signature'],
  ['plaintext'],
  ['credential'],
  ['authorization'],
  ['cookie'],
  ['bearer'],
];
/** Short names that are secrets only as a whole word or the last part of a name: ak=…, ALIYUN_SK=…, db_pass. */
export const SHORT_SECRET_NAMES: readonly string[] = ['ak', 'sk', 'pass'];
// A Map: the word looked up comes from pasted text, and "constructor" must find nothing.
const SHORT_KINDS: ReadonlyMap<string, SecretKind> = new Map([
  ['ak', 'accesskey-id'],
  ['sk', 'accesskey-secret'],
  ['pass', 'password'],
]);

// Names that hold no secret although they contain a secret's word: what a secret is called, its type, its
// version, when it expires, how long it is, pagination and idempotency tokens, wrapped key material; KMS
// and RAM operations named after what they handle (also as a method: client.get_secret_value); and error
// codes (InvalidSecurityToken.Expired: …). Compared squashed: lowercase letters and digits.
const NOT_SECRET_SUFFIX =
  /(?:name|names|type|types|arn|stage|stages|status|state|method|version|versionid|versionids|nonce|algorithm|expiration|expiry|expires|expiresat|expired|expiretime|length|count|interval|period|days|window|date|time|policy|file|path|enabled|required|format|characters|nexttoken|clienttoken)$/;
const NOT_SECRET_PREFIX = /^(?:encrypted|ciphertext)/;
const CODE_LIKE =
  /^(?:invalid|missing|incomplete|expired|illegal|forbidden|rejected|unsupported)|doesnotmatch|notfound|nonceused/;
const OPERATIONS = [
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
];
// A source location (SecretCacheClient.java:132, credentials.go:142) names a file, not a secret.
const SOURCE_FILE = /\.(?:java|kt|scala|go|py|js|mjs|cjs|ts|tsx|rb|php|cs|rs|c|cc|cpp|h|swift|tf)$/i;

// Most specific first: "AccessKeySecret" is a secret before it is an "AccessKey".
const KINDS: readonly [RegExp, SecretKind][] = [
  [/authorization|cookie|bearer|apikey/, 'credential'],
  [/privatekey|clientkey(?:content|blob|data)?$/, 'private-key'],
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
  if (SOURCE_FILE.test(name)) return undefined;
  const squashed = name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const bare = squashed.replace(/(?:request|response|withoptions|async)$/, '');
  if (OPERATIONS.some((operation) => bare.endsWith(operation))) return undefined;
  if (CODE_LIKE.test(squashed) || NOT_SECRET_SUFFIX.test(squashed) || NOT_SECRET_PREFIX.test(squashed))
    return undefined;
  const last = name
    .split(/[\s_.-]/)
    .at(-1)!
    .toLowerCase();
  return KINDS.find(([pattern]) => pattern.test(squashed))?.[1] ?? SHORT_KINDS.get(last);
}
