import type { Actor, Category, RetryClass, RevisionId } from './types.ts';

/** Display names for the catalog's classifications. */
export const categoryLabels: Readonly<Record<Category, string>> = {
  'access-key-signature': 'AccessKey, token and signature',
  permission: 'Permission',
  'account-billing': 'Account, activation and billing',
  'request-format': 'Request format',
  'resource-not-found': 'Resource not found',
  'key-state': 'Key state',
  'resource-conflict': 'Resource exists or is being deleted',
  'key-material-import': 'Key material import',
  unsupported: 'Not supported for this key or resource',
  'kms-instance': 'KMS instance',
  quota: 'Quota',
  throttling: 'Throttling',
  'service-side': 'Service side',
};

/** Who acts, as a role people recognise. */
export const actorLabels: Readonly<Record<Actor, string>> = {
  caller: 'Caller',
  'key-admin': 'Key administrator',
  'ram-admin': 'RAM administrator',
  'account-owner': 'Account owner (billing)',
  nobody: 'No one: wait and retry',
};

/** Who acts, in a word or two, for tables. */
export const actorShortLabels: Readonly<Record<Actor, string>> = {
  caller: 'Caller',
  'key-admin': 'Key admin',
  'ram-admin': 'RAM admin',
  'account-owner': 'Account owner',
  nobody: 'No one (retry)',
};

export const retryLabels: Readonly<Record<RetryClass, string>> = {
  never: 'Retry will not help',
  'after-fix': 'Fix first, then retry',
  'after-state-change': 'Retry after the state changes',
  backoff: 'Retry with backoff',
};

export const revisionLabels: Readonly<Record<RevisionId, string>> = {
  older: 'the 2019 common-errors page',
  newer: 'the 2020 common-errors page',
};
