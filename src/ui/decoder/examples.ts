// "Try an example": one per kind of input, loaded only when asked for (they are real SDK printouts from
// src/decode/fixtures, whose sources are in fixtures/sdkSources.md).
export const examples: readonly { label: string; load: () => Promise<{ default: string }> }[] = [
  { label: 'JSON body', load: () => import('../../decode/fixtures/raw-http-json-response.txt?raw') },
  { label: 'XML body', load: () => import('../../decode/fixtures/raw-xml-error-body.txt?raw') },
  { label: 'Go SDK', load: () => import('../../decode/fixtures/go-sdk-server-error.txt?raw') },
  { label: 'Python SDK', load: () => import('../../decode/fixtures/python-core-traceback.txt?raw') },
  { label: 'Java SDK', load: () => import('../../decode/fixtures/java-core-client-exception.txt?raw') },
  { label: 'Node.js SDK', load: () => import('../../decode/fixtures/node-pop-core-error.txt?raw') },
  { label: 'Tea SDK (Go)', load: () => import('../../decode/fixtures/go-tea-sdkerror.txt?raw') },
  { label: 'aliyun CLI', load: () => import('../../decode/fixtures/aliyun-cli-server-error.txt?raw') },
  { label: 'Terraform', load: () => import('../../decode/fixtures/terraform-alicloud-error.txt?raw') },
  { label: 'Structured log', load: () => import('../../decode/fixtures/json-log-line.txt?raw') },
  { label: 'Multi-error log', load: () => import('../../decode/fixtures/multi-error-log.txt?raw') },
];
