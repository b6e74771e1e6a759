// The catalog's words in English.
import type { CatalogText } from './catalogText.ts';
import { englishLabels } from './enLabels.ts';

export const englishCatalogText: CatalogText = {
  ...englishLabels,
  aliasNote: {
    'Rejetced.PendingDeletion':
      "The older page revision's misspelling ('Rejetced'); matched too, since clients may have been written against it.",
    SerivceUnavailableTemporary:
      "The older page revision's misspelling ('Serivce'); matched too, since clients may have been written against it.",
    SerivceUnvailableTemporary:
      "The operations' references misspell it twice ('Serivce', 'Unvailable'), and its message too.",
  },
  actor: {
    caller: 'Caller',
    'key-admin': 'Key administrator',
    'ram-admin': 'RAM administrator',
    'account-owner': 'Account owner (billing)',
    nobody: 'No one: wait and retry',
  },
  actorShort: {
    caller: 'Caller',
    'key-admin': 'Key admin',
    'ram-admin': 'RAM admin',
    'account-owner': 'Account owner',
    nobody: 'No one (retry)',
  },
  revision: {
    older: 'the 2019 common-errors page',
    newer: 'the 2020 common-errors page',
  },
  keyState: {
    Enabled: 'Enabled',
    Disabled: 'Disabled',
    PendingDeletion: 'PendingDeletion',
    PendingImport: 'PendingImport',
  },
  familyMeaning: {
    Forbidden:
      "The caller may not act on this: RAM permissions or the account's state (activation, billing, risk control) stop it, or the key, version, alias, secret or KMS instance named does not exist for this caller. KMS files its not-found errors here too, so Forbidden.*NotFound codes often return 404, not 403.",
    Rejected:
      'The request was well formed and allowed, but the current state of what it acts on rejects it: a key that is Disabled or pending deletion or import, a secret in its deletion window, a resource that already exists, a quota or a rate limit. Change that state, then retry.',
    Unsupported:
      'The operation does not support this kind of key, alias or protection level. Use a key or identifier the operation accepts; resending unchanged never helps.',
    InvalidAccessKeyId:
      'Alibaba Cloud does not accept the AccessKey ID the request was signed with: it is mistyped, deleted, disabled, or not the credential you meant to use.',
    InvalidSecurityToken:
      'The request was signed with STS temporary credentials whose security token is expired, damaged, or belongs to another AccessKey ID. Get fresh credentials from STS.',
    InvalidTimeStamp:
      "The API gateway refused the request's Timestamp: it is not in the expected format, or too far from the gateway's clock.",
    Throttling:
      'Too many requests in too short a time, for the account, the user or the operation. Retrying with exponential backoff works; a lasting excess needs fewer calls.',
    InvalidParameter:
      'A parameter is present but its value is not acceptable. The request needs changing; resending it unchanged never helps.',
    none: 'Codes outside those families: request format and parameters, signatures, alias and tag clashes, key material import, certificates, activation, and service-side failures (500, 503).',
  },
  stateAdvice: {
    theKey: 'the key',
    theTargetKey: 'the key the alias is to point to',
    // How a key leaves each state (CancelKeyDeletion returns a key to Enabled; ImportKeyMaterial enables an
    // EXTERNAL key that had none), as the KMS API reference documents.
    wayOut: {
      Enabled: 'it is already Enabled',
      Disabled: 'enable it with EnableKey',
      PendingDeletion:
        'cancel the deletion with CancelKeyDeletion before the waiting period ends (the key returns to Enabled)',
      PendingImport: 'give it key material with GetParametersForImport and ImportKeyMaterial',
    },
    refused: (operation, key, state, wayOut) =>
      `${operation} is refused because ${key} is ${state}: ${wayOut}, then retry.`,
    disabledOnPurpose:
      ' If it was disabled on purpose, ask its key administrator first: nothing encrypted under it can be decrypted while it stays Disabled.',
    deletionIsFinal:
      ' Once the waiting period ends the key and everything encrypted under it are lost for good.',
    notPendingDeletion: (operation) =>
      `${operation} acts only on a key that is PendingDeletion, and this one is not (DescribeKey shows its state): there is nothing to cancel.`,
    alreadyPendingDeletion:
      'The key is already PendingDeletion: its deletion is scheduled, and DescribeKey shows the date. To change the date, CancelKeyDeletion, then ScheduleKeyDeletion again.',
    ifState: (state, wayOut) => `if it is ${state}, ${wayOut}`,
    cannotAct: (operation, key, states, ways) =>
      `${operation} cannot act on ${key} while it is ${states.join(' or ')}, and retrying never changes that. Check its state with DescribeKey; ${ways.join('; ')}.`,
  },
  // Ids and English field names, for scripts as much as for spreadsheets.
  csv: {
    headers: {
      code: 'code',
      httpStatus: 'httpStatus',
      message: 'message',
      category: 'category',
      actor: 'actor',
      retry: 'retry',
      aliases: 'aliases',
      meaning: 'meaning',
    },
    labels: false,
  },
};
