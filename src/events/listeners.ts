// Callbacks of one kind a component offers (a tap on the phone's « Retour », a choice focused):
// each subscription returns its disposer, so a second subscriber no longer silently replaces the
// first, and leaving a game drops exactly what that game subscribed.
export class Listeners<A extends unknown[]> {
  private readonly set = new Set<(...args: A) => void>();

  add(cb: (...args: A) => void): () => void {
    this.set.add(cb);
    return () => {
      this.set.delete(cb);
    };
  }

  emit(...args: A): void {
    for (const cb of [...this.set]) cb(...args);
  }

  get size(): number {
    return this.set.size;
  }
}
