import { ResponseCache } from './response-cache';

describe('ResponseCache', () => {
  it('stores a response the second time its request is seen', () => {
    const cache = new ResponseCache(30, 1_000_000);

    cache.set('k', 'body', []);
    const afterFirst = cache.get('k');
    cache.set('k', 'body', []);
    const afterSecond = cache.get('k');

    expect(afterFirst).toBeUndefined();
    expect(afterSecond?.body).toBe('body');
  });

  it('evicts the least recently used entry past its byte limit', () => {
    // Ten entries of 11 bytes fit in 120; the eleventh (12 bytes) does not.
    const cache = new ResponseCache(30, 120);
    const store = (key: string) => {
      cache.set(key, 'x'.repeat(9), []);
      cache.set(key, 'x'.repeat(9), []);
    };

    for (let i = 0; i < 10; i++) store(`k${i}`);
    cache.get('k0');
    store('k10');

    expect(cache.get('k0')?.body).toBe('xxxxxxxxx');
    expect(cache.get('k1')).toBeUndefined();
    expect(cache.get('k10')?.body).toBe('xxxxxxxxx');
  });

  it('drops entries older than the TTL', () => {
    const cache = new ResponseCache(1, 1_000_000);
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now);

    cache.set('k', 'body', []);
    cache.set('k', 'body', []);
    clock.mockReturnValue(now + 1001);

    expect(cache.get('k')).toBeUndefined();
    clock.mockRestore();
  });
});
