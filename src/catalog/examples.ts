import { troubleshootUrl } from './links.ts';
import { fillTemplate } from './template.ts';
import type { CatalogEntry } from './types.ts';

// A fixed id keeps examples stable between renders and builds; it is the documentation's own sample.
const SAMPLE_REQUEST_ID = '4C467B38-3910-447D-87BC-AC049166F216';
const SAMPLE_HOST_ID = 'kms.cn-hangzhou.aliyuncs.com';

function exampleMessage(entry: CatalogEntry): string {
  const first = entry.messages[0]?.text ?? '';
  return fillTemplate(first, 'KeyId');
}

/** The JSON body KMS returns for this code, in the field order KMS uses. */
export function exampleJson(entry: CatalogEntry): string {
  const body = {
    RequestId: SAMPLE_REQUEST_ID,
    HostId: SAMPLE_HOST_ID,
    Code: entry.code,
    Message: exampleMessage(entry),
    Recommend: troubleshootUrl(entry.code),
  };
  return JSON.stringify(body, null, 2);
}

/** The same error as an XML body, as the KMS documentation shows it. */
export function exampleXml(entry: CatalogEntry): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Error>',
    `  <RequestId>${SAMPLE_REQUEST_ID}</RequestId>`,
    `  <HostId>${SAMPLE_HOST_ID}</HostId>`,
    `  <Code>${escapeXml(entry.code)}</Code>`,
    `  <Message>${escapeXml(exampleMessage(entry))}</Message>`,
    '</Error>',
  ].join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
