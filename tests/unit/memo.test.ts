// The charts' small LRU memo: a value is computed once while held, and the least recently used goes first.
import { describe, expect, it } from 'vitest';
import { createMemo } from '../../src/lib/memo';

describe('createMemo', () => {
  it('computes a value once while it is held', () => {
    const memo = createMemo<number>(2);
    let calls = 0;
    const make = (): number => ++calls;
    expect(memo.get('a', make)).toBe(1);
    expect(memo.get('a', make)).toBe(1);
    expect(calls).toBe(1);
  });

  it('drops the least recently used value past its limit', () => {
    const memo = createMemo<string>(2);
    memo.get('a', () => 'A');
    memo.get('b', () => 'B');
    expect(memo.get('a', () => 'A again')).toBe('A'); // a is held, and now the most recent
    memo.get('c', () => 'C'); // so b goes
    expect(memo.get('a', () => 'A again')).toBe('A');
    expect(memo.get('c', () => 'C again')).toBe('C');
    expect(memo.get('b', () => 'B again')).toBe('B again');
  });
});
