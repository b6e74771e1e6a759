// Inside a worker: the other end of protocol.ts.
import type { Reply, Request } from './protocol.ts';

/**
 * Answers every request with `answer`. An exception becomes a failed reply for that request, so a bug
 * reaches the page as what went wrong, not as a worker that seems not to have loaded.
 */
export function serve<Ask, Answer>(answer: (ask: Ask, id: number) => Answer | Promise<Answer>): void {
  // Answers that wait (for the catalog of the page's language, loaded once) still go out in order.
  let last: Promise<void> = Promise.resolve();
  self.onmessage = (event: MessageEvent<Request<Ask>>) => {
    last = last.then(() => reply(event.data));
  };
  async function reply({ id, ask }: Request<Ask>) {
    const start = performance.now();
    let reply: Reply<Answer>;
    try {
      const answered = await answer(ask, id);
      reply = { id, ms: performance.now() - start, ok: true, answer: answered };
    } catch (error) {
      console.error(error);
      const reason = error instanceof Error ? error.message : String(error);
      reply = { id, ms: performance.now() - start, ok: false, reason };
    }
    self.postMessage(reply);
  }
}
