// Inside a worker: the other end of protocol.ts.
import type { Reply, Request } from './protocol.ts';

/**
 * Answers every request with `answer`. An exception becomes a failed reply for that request, so a bug
 * reaches the page as what went wrong, not as a worker that seems not to have loaded.
 */
export function serve<Ask, Answer>(answer: (ask: Ask, id: number) => Answer): void {
  self.onmessage = (event: MessageEvent<Request<Ask>>) => {
    const { id, ask } = event.data;
    const start = performance.now();
    let reply: Reply<Answer>;
    try {
      const answered = answer(ask, id);
      reply = { id, ms: performance.now() - start, ok: true, answer: answered };
    } catch (error) {
      console.error(error);
      const reason = error instanceof Error ? error.message : String(error);
      reply = { id, ms: performance.now() - start, ok: false, reason };
    }
    self.postMessage(reply);
  };
}
