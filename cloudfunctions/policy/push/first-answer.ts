/**
 * A run's first subscribe message goes out alone: until WeChat has answered once, the others wait, so that a run
 * starting while WeChat still says 45009 (slow down) spends one attempt on it, not one per send in flight.
 */
export class FirstAnswer {
  private answered = false;
  private pending: Promise<void> | null = null;

  /**
   * Resolves when this send may go. Call what it answers once the send is over: with true when WeChat answered,
   * false when it was not sent after all (then the next waiting send goes first instead).
   */
  async turn(): Promise<(answered: boolean) => void> {
    while (!this.answered) {
      if (!this.pending) {
        let open!: () => void;
        this.pending = new Promise<void>((resolve) => (open = resolve));
        return (answered) => {
          if (answered) this.answered = true;
          else this.pending = null;
          open();
        };
      }
      await this.pending;
    }
    return () => undefined;
  }
}
