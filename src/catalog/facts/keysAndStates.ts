import type { CatalogFacts } from '../types.ts';
import { pageTables, newerTable, both, operations } from './citations.ts';

/** KMS codes: creating keys and aliases, importing key material, unsupported key settings, key states. */
export const keysAndStatesFacts = [
  {
    code: 'Rejected.LimitExceeded',
    httpStatus: 400,
    messages: [
      {
        text: 'The request was rejected because user create resource limit was exceeded.',
        sources: pageTables,
      },
      {
        text: 'The request was rejected because user create resource limit was exceeded',
        sources: operations(400),
      },
      { text: 'exceed secret limits error', sources: operations(400) },
      { text: 'The secret quota is exceeded.', sources: operations(400) },
    ],
    revisions: both,
    aliases: [],
    category: 'quota',
    actor: 'key-admin',
    retry: 'after-fix',
  },
  {
    code: 'AliasAlreadyExists',
    httpStatus: 400,
    messages: [{ text: 'AliasName Already Exists.', sources: pageTables }],
    revisions: both,
    aliases: [],
    category: 'resource-conflict',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'InvalidKeyMaterial',
    httpStatus: 400,
    messages: [
      { text: 'key material is invalid.', sources: pageTables },
      { text: 'key material is invalid', sources: operations(400) },
    ],
    revisions: both,
    aliases: [],
    category: 'key-material-import',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'InvalidImportToken',
    httpStatus: 400,
    messages: [
      { text: 'import token is invalid.', sources: pageTables },
      { text: 'import token is invalid', sources: operations(400) },
    ],
    revisions: both,
    aliases: [],
    category: 'key-material-import',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'ExpiredImportToken',
    httpStatus: 400,
    messages: [
      { text: 'import token is expired.', sources: pageTables },
      { text: 'import token is expired', sources: operations(400) },
    ],
    revisions: both,
    aliases: [],
    category: 'key-material-import',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'Unsupported.Origin',
    httpStatus: 400,
    messages: [
      { text: 'This key origin is not valid for this api.', sources: pageTables },
      { text: 'This key origin is not valid for this api', sources: operations(400) },
    ],
    revisions: both,
    aliases: [],
    category: 'unsupported',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'Unsupported.Alias',
    httpStatus: 400,
    messages: [{ text: 'Alias is not valid for this api.', sources: pageTables }],
    revisions: both,
    aliases: [],
    category: 'unsupported',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'Unsupported.ProtectionLevel',
    httpStatus: 400,
    messages: [{ text: 'This protection level is not valid for this region', sources: newerTable }],
    revisions: ['newer'],
    aliases: [],
    category: 'unsupported',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'Rejected.StateModifiedFailed',
    httpStatus: 409,
    messages: [{ text: 'Keystate modified failed.', sources: pageTables }],
    revisions: both,
    aliases: [],
    category: 'key-state',
    actor: 'key-admin',
    retry: 'after-state-change',
  },
  {
    code: 'Rejected.Disabled',
    httpStatus: 409,
    messages: [
      {
        text: 'The request was rejected because the key state is Disabled.',
        sources: [...pageTables, ...operations(409)],
      },
    ],
    revisions: both,
    aliases: [],
    category: 'key-state',
    actor: 'key-admin',
    retry: 'after-state-change',
  },
  {
    code: 'Rejected.PendingDeletion',
    httpStatus: 409,
    messages: [
      {
        text: 'The request was rejected because the key state is PendingDeletion.',
        sources: [...pageTables, ...operations(409)],
      },
    ],
    revisions: both,
    aliases: [
      {
        code: 'Rejetced.PendingDeletion',
        documentedIn: ['older'],
      },
    ],
    category: 'key-state',
    actor: 'key-admin',
    retry: 'after-state-change',
  },
  {
    code: 'Rejected.PendingImport',
    httpStatus: 409,
    messages: [
      { text: 'The request was rejected because the key state is PendingImport.', sources: pageTables },
    ],
    revisions: both,
    aliases: [],
    category: 'key-state',
    actor: 'key-admin',
    retry: 'after-state-change',
  },
  // Listed only by the operations' references.
  {
    code: 'Rejected.Unavailable',
    httpStatus: 409,
    messages: [
      { text: 'The request was rejected because the key state is Unavailable.', sources: operations(409) },
    ],
    revisions: [],
    aliases: [],
    category: 'key-state',
    actor: 'key-admin',
    retry: 'after-state-change',
  },
] as const satisfies readonly CatalogFacts[];
