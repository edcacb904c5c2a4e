// A question asked again and again as the user drags (what the map shows for
// the years under the brush): at most one is on its way to the backend; while
// it is, only the latest question waits, and it goes when the answer is in.
// So a drag costs one small request per answer, however fast the pointer, and
// the answer on screen is never older than the one before it. An answer to a
// question asked before `reset` (another dispute, a changed library) is dropped.

/** Asks `fetch(question)` for the latest question only, one at a time. */
export class LatestQuery<Q, A> {
  private inFlight = false;
  private waiting: { question: Q } | null = null;
  private generation = 0;

  /**
   * @param fetch Asks the backend.
   * @param onAnswer Told each answer kept, with its question.
   * @param onError Told each failure (the screen keeps the last answer).
   */
  constructor(
    private fetch: (question: Q) => Promise<A>,
    private onAnswer: (answer: A, question: Q) => void,
    private onError: (e: unknown) => void,
  ) {}

  /** Asks `question` now, or once the question on its way is answered (replacing any waiting one). */
  ask(question: Q): void {
    if (this.inFlight) {
      this.waiting = { question };
      return;
    }
    this.send(question);
  }

  /** Drops the answers of every question asked so far (and the waiting one). */
  reset(): void {
    this.generation++;
    this.waiting = null;
    this.inFlight = false;
  }

  private send(question: Q) {
    this.inFlight = true;
    const generation = this.generation;
    const settle = () => {
      if (generation !== this.generation) return false;
      this.inFlight = false;
      const next = this.waiting;
      this.waiting = null;
      if (next) this.send(next.question);
      return true;
    };
    this.fetch(question).then(
      (answer) => {
        if (settle()) this.onAnswer(answer, question);
      },
      (e) => {
        if (settle()) this.onError(e);
      },
    );
  }
}
