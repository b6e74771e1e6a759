// Inside a worker: the other end of protocol.ts.
import type { Reply, Request } from './protocol.ts';

/**
 * Answers every request with `answer`. An exception becomes a failed reply for that request, so a bug
 * reaches the page as what went wrong, not as a worker that seems not to have loaded.
 */
export function serve<Ask, Answer>(answer: (ask: Ask, id: number) => Answer): void {
  self.onmessage = (event: MessageEvent<Request<Ask>>) => {
    const { id, ask } = event.data;
    let reply: Reply<Answer>;
    try {
      reply = { id, ok: true, answer: answer(ask, id) };
    } catch (error) {
      console.error(error);
      reply = { id, ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    self.postMessage(reply);
  };
}
