import type { Actor, Category, RetryClass, RevisionId } from './types.ts';

/** Display names for the catalog's classifications. */
export const categoryLabels: Readonly<Record<Category, string>> = {
  'access-key-signature': 'Access key and signature',
  permission: 'Permission',
  'account-billing': 'Account and billing',
  'request-format': 'Request format',
  'resource-not-found': 'Resource not found',
  'key-state': 'Key state',
  'key-material-import': 'Key material import',
  quota: 'Quota',
  'service-side': 'Service side',
};

export const actorLabels: Readonly<Record<Actor, string>> = {
  caller: 'The caller: fix the request, code or configuration',
  'account-owner': 'The account owner: permissions, billing or account settings',
  nobody: 'Nobody: nothing to fix, wait and retry',
};

export const retryLabels: Readonly<Record<RetryClass, string>> = {
  never: 'Never as is',
  'after-fix': 'After fixing the request',
  'after-state-change': "After the key's state changes",
  backoff: 'Back off and retry',
};

export const revisionLabels: Readonly<Record<RevisionId, string>> = {
  older: 'older revision ("Public error codes")',
  newer: 'newer revision ("Common errors")',
};
