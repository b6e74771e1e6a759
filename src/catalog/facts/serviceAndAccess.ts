import type { CatalogFacts } from '../types.ts';
import { pageTables, newerTable, both, operations, seen } from './citations.ts';

/** KMS codes on the common-errors page: service faults, AccessKeys, missing keys and aliases, permission. */
export const serviceAndAccessFacts = [
  {
    code: 'InternalFailure',
    httpStatus: 500,
    messages: [
      { text: 'Internal Failure.', sources: [...pageTables, ...operations(500)] },
      { text: 'Internal Failure', sources: operations(500) },
      { text: 'Internal  Failure', sources: operations(500) },
      { text: 'InternalFailure', sources: operations(500) },
      { text: 'An internal error occurred.', sources: operations(500) },
    ],
    revisions: both,
    aliases: [],
    category: 'service-side',
    actor: 'nobody',
    retry: 'backoff',
  },
  {
    code: 'ServiceUnavailableTemporary',
    httpStatus: 503,
    messages: [
      { text: 'Service Unavailable Temporary.', sources: pageTables },
      { text: 'Service Unvailable Temporary', sources: operations(503) },
    ],
    revisions: both,
    aliases: [
      {
        code: 'SerivceUnavailableTemporary',
        documentedIn: ['older'],
      },
      {
        code: 'SerivceUnvailableTemporary',
        documentedIn: ['operations'],
      },
    ],
    category: 'service-side',
    actor: 'nobody',
    retry: 'backoff',
  },
  {
    code: 'InvalidAccessKeyId.NotFound',
    httpStatus: 404,
    messages: [
      { text: 'The AccessKey ID provided does not exist in our records.', sources: pageTables },
      { text: 'The Access Key ID provided does not exist in our records.', sources: operations(404, 403) },
      { text: 'The specified AccessKey ID does not exist.', sources: operations(404) },
      {
        text: 'Specified access key is not found.',
        sources: [
          seen(404, 'aliyun-ddns-cli issue 24', 'https://github.com/honwen/aliyun-ddns-cli/issues/24'),
          seen(404, 'ack-set-context issue 2', 'https://github.com/aliyun/ack-set-context/issues/2'),
        ],
      },
    ],
    revisions: both,
    aliases: [],
    category: 'access-key-signature',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'Forbidden.KeyNotFound',
    httpStatus: 404,
    messages: [
      { text: 'The specified Key is not found.', sources: [...pageTables, ...operations(404, 403)] },
    ],
    revisions: both,
    aliases: [],
    category: 'resource-not-found',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'Forbidden.KeyVersionNotFound',
    httpStatus: 404,
    messages: [{ text: 'The specified Key version is not found.', sources: newerTable }],
    revisions: ['newer'],
    aliases: [],
    category: 'resource-not-found',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'Forbidden.AliasNotFound',
    httpStatus: 404,
    messages: [{ text: 'The specified Alias is not found.', sources: [...pageTables, ...operations(404)] }],
    revisions: both,
    aliases: [],
    category: 'resource-not-found',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'Forbidden.NoPermission',
    httpStatus: 403,
    messages: [
      {
        text: 'This operation is forbidden by permission system.',
        sources: [...pageTables, ...operations(403, 400)],
      },
      { text: 'This operation is forbidden by permission system', sources: operations(403) },
      { text: 'You are not authorized to perform the operation.', sources: operations(403) },
      {
        text: 'This operation for < parameter name > is forbidden by permission system.',
        sources: [
          seen(
            null,
            'aliyun-openapi-java-sdk issue 426 (the key ARN in the message)',
            'https://github.com/aliyun/aliyun-openapi-java-sdk/issues/426',
          ),
        ],
      },
    ],
    revisions: both,
    aliases: [],
    category: 'permission',
    actor: 'ram-admin',
    retry: 'after-fix',
  },
  {
    code: 'Forbidden.AccessKey',
    httpStatus: 403,
    messages: [{ text: 'This AccessKey is not enabled.', sources: pageTables }],
    revisions: both,
    aliases: [],
    category: 'access-key-signature',
    actor: 'ram-admin',
    retry: 'after-fix',
  },
  {
    code: 'UnsupportedHTTPMethod',
    httpStatus: 403,
    messages: [{ text: 'This http method is not supported.', sources: pageTables }],
    revisions: both,
    aliases: [],
    category: 'request-format',
    actor: 'caller',
    retry: 'after-fix',
  },
] as const satisfies readonly CatalogFacts[];
