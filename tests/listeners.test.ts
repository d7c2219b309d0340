import { describe, expect, it } from 'vitest';
import { Listeners } from '../src/events/listeners';

describe('Listeners (the phone\'s and the mirror\'s subscriptions)', () => {
  it('a second subscriber does not replace the first, and each disposer drops only its own', () => {
    const l = new Listeners<[n: number]>();
    const heard: string[] = [];
    const offA = l.add((n) => heard.push(`a${n}`));
    l.add((n) => heard.push(`b${n}`));
    l.emit(1);
    offA();
    l.emit(2);
    expect(heard).toEqual(['a1', 'b1', 'b2']);
    expect(l.size).toBe(1);
  });
});
