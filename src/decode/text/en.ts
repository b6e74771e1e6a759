// Everything the decoder says, in English.
import { englishCatalogText } from '../../catalog/text/en.ts';
import type { DecoderText } from './decoderText.ts';

const list = (items: readonly string[], last: 'and' | 'or') =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;

export const englishDecoderText: DecoderText = {
  catalog: englishCatalogText,
  list,
  refusal: {
    tooLarge: (megabytes) => `The input is ${megabytes} MB; the decoder reads at most 20 MB.`,
    tooLargeHint: 'Cut the log down to the part around the error (grep for RequestId or Code) and try again.',
    empty: 'The input is empty.',
    emptyHint: 'Paste an error body, an SDK exception, CLI output or a log line.',
    malformedHint: 'Check that the whole body was copied, then paste it again.',
    jsonWithoutError: 'This looks like JSON but has no Code, ErrorCode, Message or Recommend field.',
    jsonWithoutErrorHint:
      'A KMS error body has a "Code" (or "ErrorCode") field; a successful response has only data.',
    xmlWithoutError: 'This looks like XML but has no Code or Message element.',
    xmlWithoutErrorHint: 'A KMS error body in XML has <Code> and <Message> elements under its root.',
    nothing: 'No KMS error code, documented message, RequestId or HTTP status was found in the text.',
    nothingHint:
      'Paste the whole error: the response body, the SDK exception with its message, or the log line.',
  },
  notes: {
    readerNames: { json: 'JSON bodies', xml: 'XML bodies', fields: 'field lines', text: 'text lines' },
    readerFailed: (reader, message) => `The decoder could not read the ${reader} in this text: ${message}`,
    xmlMalformed: (line, message) => `The XML is malformed at line ${line}: ${message}`,
    xmlUnreadable: (line, message) => `The XML at line ${line} could not be read: ${message}`,
  },
  warnings: {
    alias: (code, canonical) =>
      `"${code}" is a misspelling the documentation used; the code is ${canonical}.`,
    otherCase: (code, canonical) => `"${code}" differs from the documented ${canonical} in case or spacing.`,
    instanceCode: (code, meant) =>
      `"${code}" is the KMS instance API's code; with this message it means ${meant}.`,
    sdkReports: (code, canonical) => `"${code}" is how the SDK reports ${canonical}.`,
    sdkClientSide: (code) =>
      `"${code}" is raised by the SDK itself, not by KMS: the call got no KMS answer (network, timeout, endpoint or credentials setup).`,
    notInCatalog: (code) => `"${code}" is not in the catalog.`,
    family: (label, explanation) => `${label} codes: ${explanation}`,
    mayBeMisspelling: (code) => `It may be a misspelling of ${code}, whose documented message this is.`,
    messageDocumentedFor: (codes) => `Its message is documented for ${codes}.`,
    didYouMean: (code) => `Did you mean ${code}? It is only a guess from the spelling.`,
    noCodeSharedWording: (codes) => `The text names no code, and this wording is documented for ${codes}.`,
    noCodeResembles: (code) =>
      `The text names no code; its message only resembles the wording documented for ${code}.`,
    statusDisagrees: (seen, code, documented) =>
      `The text shows HTTP ${seen}, but ${code} is documented with ${documented}.`,
    messageForOther: (codes, code) => `The message is documented for ${codes}, not ${code}.`,
    operationDoesNotList: (operation, code, others) =>
      `${operation}'s reference does not list ${code} (${others} other operation${others === 1 ? '' : 's'} do): check that the error came from ${operation}.`,
  },
  secrets: {
    advice: {
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
    },
    identifiers: {
      signature: 'a request signature',
      'accesskey-id': 'an AccessKey ID',
      'account-id': 'an account ID',
    },
    headline: (what) => `This text contains ${what}.`,
    identifiersNote: (names) =>
      `This text contains ${names}: not secrets on their own, but masked in anything you copy, download or share.`,
  },
  report: {
    line: (line) => `line ${line.toLocaleString('en')}`,
    incidentHeading: (total, codes, window) =>
      `KMS errors: ${total.toLocaleString('en')} in all, ${codes} ${codes === 1 ? 'code' : 'codes'}${window}`,
    incidentWindow: (from, to) => `, ${from} to ${to}`,
    incidentRow: (count, code, status, actor, from, to) =>
      `- ${count.toLocaleString('en')} × ${code} (${status}, ${actor}), ${from} to ${to}`,
    status: (statuses) => (statuses.length > 0 ? `HTTP ${statuses.join('/')}` : 'no HTTP status'),
    notInCatalog: 'not in the catalog',
    csvHeaders: [
      'code',
      'httpStatus',
      'whoActs',
      'time',
      'line',
      'requestId',
      'hostId',
      'region',
      'operation',
      'message',
      'match',
    ],
    ticket: {
      error: (code, status) => `KMS error: ${code}${status ? ` (HTTP ${status})` : ''}`,
      matched: (match, confidence) => `Matched: ${match}, confidence ${Math.round(confidence * 100)}%`,
      notMatched: (suggestions) =>
        `Not matched to a catalog code${suggestions.length ? `; suggestions only: ${suggestions.join(', ')}` : ''}`,
      unknown: 'unknown',
      labels: {
        statusSeen: 'HTTP status seen',
        requestId: 'RequestId',
        hostId: 'HostId',
        time: 'Time',
        param: 'Parameter',
        operation: 'Operation',
        whoActs: 'Who acts',
        meaning: 'Meaning',
        nextStep: 'Next step',
        note: 'Note',
        reference: 'Reference',
      },
    },
  },
  share: {
    summaryHeading: (total, size) =>
      `${total.toLocaleString('en')} KMS errors in a ${size} log, by code (codes and counts only):`,
    moreCodes: (count) => `… and ${count} more codes`,
  },
};
