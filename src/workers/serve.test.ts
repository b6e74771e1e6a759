import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reply } from './protocol.ts';
import { serve } from './serve.ts';

// The worker's global scope, as serve() uses it.
const scope = { onmessage: null as ((event: { data: unknown }) => void) | null, postMessage: vi.fn() };

beforeEach(() => {
  vi.stubGlobal('self', scope);
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  scope.postMessage.mockReset();
});

describe('a worker serving requests', () => {
  it('replies to each request with its id and answer', async () => {
    serve((ask: string, id) => `${ask.toUpperCase()} #${id}`);
    scope.onmessage!({ data: { id: 7, ask: 'key' } });
    const reply: Reply<string> = { id: 7, ms: expect.any(Number) as number, ok: true, answer: 'KEY #7' };
    await vi.waitFor(() => expect(scope.postMessage).toHaveBeenCalledWith(reply));
  });

  it('replies in the order asked when an answer has to wait (for the catalog to load)', async () => {
    let loaded!: () => void;
    const catalog = new Promise<void>((resolve) => (loaded = resolve));
    serve(async (ask: string) => (ask === 'first' ? catalog.then(() => ask) : ask));
    scope.onmessage!({ data: { id: 1, ask: 'first' } });
    scope.onmessage!({ data: { id: 2, ask: 'second' } });
    await new Promise((resolve) => setTimeout(resolve));
    expect(scope.postMessage).not.toHaveBeenCalled();
    loaded();
    await vi.waitFor(() => expect(scope.postMessage).toHaveBeenCalledTimes(2));
    expect(scope.postMessage.mock.calls.map(([reply]) => (reply as Reply<string>).id)).toEqual([1, 2]);
  });

  it('replies with why when answering throws, and keeps serving', async () => {
    serve((ask: string) => {
      if (ask === 'bad') throw new TypeError('Cannot read properties of undefined');
      return ask;
    });
    scope.onmessage!({ data: { id: 1, ask: 'bad' } });
    scope.onmessage!({ data: { id: 2, ask: 'good' } });
    await vi.waitFor(() => expect(scope.postMessage).toHaveBeenCalledTimes(2));
    expect(scope.postMessage.mock.calls).toEqual([
      [{ id: 1, ms: expect.any(Number), ok: false, reason: 'Cannot read properties of undefined' }],
      [{ id: 2, ms: expect.any(Number), ok: true, answer: 'good' }],
    ]);
  });
});
