// The catalog's labels in English: what the first view shows (the table, the filters, the badges).
import type { CatalogLabels } from './catalogText.ts';

export const englishLabels: CatalogLabels = {
  category: {
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
  },
  retry: {
    never: 'Retry will not help',
    'after-fix': 'Fix first, then retry',
    'after-state-change': 'Retry after the state changes',
    backoff: 'Retry with backoff',
  },
  family: {
    Forbidden: 'Forbidden.',
    Rejected: 'Rejected.',
    Unsupported: 'Unsupported.',
    InvalidAccessKeyId: 'InvalidAccessKeyId',
    InvalidSecurityToken: 'InvalidSecurityToken',
    InvalidTimeStamp: 'InvalidTimeStamp',
    Throttling: 'Throttling',
    InvalidParameter: 'InvalidParameter',
    none: 'Other codes',
  },
};
