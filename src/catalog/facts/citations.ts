import type { HttpStatus, MessageSource } from '../types.ts';

// Where a wording is documented. The page's two revisions give every table wording identically except
// where noted; `operations(…)` cites the operations' own references (sources/operationErrors.json and
// apiReferenceErrors.json), whose extracts say which operations list it with that status.
export const pageTables = [
  { kind: 'page', revision: 'older', place: 'table' },
  { kind: 'page', revision: 'newer', place: 'table' },
] as const satisfies readonly MessageSource[];
export const newerTable = [
  { kind: 'page', revision: 'newer', place: 'table' },
] as const satisfies readonly MessageSource[];
export const both = ['older', 'newer'] as const;
export const operations = (...statuses: HttpStatus[]): MessageSource[] =>
  statuses.map((status) => ({ kind: 'operations', status }));
// Wordings the API returns that the KMS documentation does not give (every API gateway wording among
// them), with where they were seen.
export const seen = (status: HttpStatus | null, where: string, url: string): MessageSource => ({
  kind: 'seen',
  status,
  where,
  url,
});

// Sources several wordings are seen in.
const GATEWAY_ERRORS = 'https://help.aliyun.com/document_detail/48054.html';
const ECS_DOCS =
  'https://github.com/AlibabaCloudDocs/ecs/blob/322eaab82e866a494eeaddb0de02bab1978692d1/intl.en-US';
export const gatewayErrorList = (status: HttpStatus | null) =>
  seen(status, "Alibaba Cloud's API gateway error list", GATEWAY_ERRORS);
export const gatewayMissingPattern = (status: HttpStatus | null) =>
  seen(status, "Alibaba Cloud's API gateway error list (its Missing<Parameter> pattern)", GATEWAY_ERRORS);
export const openApiCommonErrors = (status: HttpStatus | null) =>
  seen(
    status,
    "Alibaba Cloud's OpenAPI common error codes",
    'https://help.aliyun.com/en/document_detail/434846.html',
  );
export const ecsResponseResults = (status: HttpStatus | null) =>
  seen(
    status,
    'Alibaba Cloud ECS documentation, response results',
    `${ECS_DOCS}/API%20Reference/Getting%20started/Response%20results.md`,
  );
export const faascmdFaq = (status: HttpStatus | null) =>
  seen(
    status,
    'the faascmd FAQ in Alibaba Cloud ECS documentation',
    `${ECS_DOCS}/Best%20Practices/FaaS%20instances%20best%20practices/faascmd%20tool/faascmd%20FAQ.md`,
  );
