import type { UiText } from '../text/en.ts';

/** An example's name in the interface's words (ui.decoder.examples). */
export type ExampleKey = keyof UiText['decoder']['examples'];

// "Try an example": one per kind of input, loaded only when asked for (they are real SDK printouts from
// src/decode/fixtures, whose sources are in fixtures/sdkSources.md). Their labels are ui.decoder.examples.
export const examples: readonly { key: ExampleKey; load: () => Promise<{ default: string }> }[] = [
  { key: 'json', load: () => import('../../decode/fixtures/raw-http-json-response.txt?raw') },
  { key: 'xml', load: () => import('../../decode/fixtures/raw-xml-error-body.txt?raw') },
  { key: 'go', load: () => import('../../decode/fixtures/go-sdk-server-error.txt?raw') },
  { key: 'python', load: () => import('../../decode/fixtures/python-core-traceback.txt?raw') },
  { key: 'java', load: () => import('../../decode/fixtures/java-core-client-exception.txt?raw') },
  { key: 'node', load: () => import('../../decode/fixtures/node-pop-core-error.txt?raw') },
  { key: 'tea', load: () => import('../../decode/fixtures/go-tea-sdkerror.txt?raw') },
  { key: 'cli', load: () => import('../../decode/fixtures/aliyun-cli-server-error.txt?raw') },
  { key: 'terraform', load: () => import('../../decode/fixtures/terraform-alicloud-error.txt?raw') },
  { key: 'log', load: () => import('../../decode/fixtures/json-log-line.txt?raw') },
  { key: 'multi', load: () => import('../../decode/fixtures/multi-error-log.txt?raw') },
];
