/**
 * Keeps subscribe messages in the order their deliveries were started (credit-code order) although the deliveries
 * overlap: each takes a place in line when it starts and leaves it once it has its send instant, or once it knows it
 * will not send. The database work before that overlaps freely.
 */
export interface Place {
  /** Resolves when every earlier place has been left. */
  ready: Promise<void>;
  /** Leaves the line (again: no effect). */
  leave(): void;
}

export class InOrder {
  private last: Promise<void> = Promise.resolve();

  /** The next place in line; take it synchronously, in the order the deliveries start. */
  place(): Place {
    const ready = this.last;
    let leave!: () => void;
    // Leaving early lets the later ones go only once the earlier ones have gone too.
    this.last = new Promise<void>((resolve) => (leave = () => void ready.then(resolve)));
    return { ready, leave };
  }
}
