import type { ApolloServerPlugin } from '@apollo/server';

/** Header the cache plugin sets on responses that may be cached; never sent to clients. */
export const CACHEABLE_HEADER = 'x-response-cacheable';

/** A cached GraphQL response. */
interface Entry {
  body: string;
  headers: [string, string][];
  expires: number;
  bytes: number;
}

/** Number of request keys remembered for admission before the list starts over. */
const MAX_SEEN_KEYS = 10_000;

/**
 * In-memory LRU cache of complete GraphQL responses to anonymous queries.
 * Entries live `ttlSeconds`, and the cache keeps at most `maxBytes` of bodies.
 * Data served from it can be up to `ttlSeconds` older than the subgraphs'.
 * A response is stored the second time its request is seen, so queries
 * that never repeat (literals that change per request) cost no memory.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly seen = new Set<string>();
  private bytes = 0;

  constructor(
    readonly ttlSeconds: number,
    private readonly maxBytes: number,
  ) {}

  /** Key for a request: the header variant (language, provenance) and the exact body, so variables count. */
  static key(variant: string, body: string): string {
    return `${variant}\n${body}`;
  }

  /** Returns a fresh entry and marks it recently used, or undefined. */
  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expires <= Date.now()) {
      this.bytes -= entry.bytes;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * Stores a response the second time its key is offered, evicting the
   * least recently used entries past `maxBytes`.
   */
  set(key: string, body: string, headers: [string, string][]): void {
    const bytes = body.length + key.length;
    if (bytes > this.maxBytes / 10) return;
    if (!this.seen.has(key)) {
      if (this.seen.size >= MAX_SEEN_KEYS) this.seen.clear();
      this.seen.add(key);
      return;
    }
    this.seen.delete(key);
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= previous.bytes;
    }
    this.entries.set(key, {
      body,
      headers,
      expires: Date.now() + this.ttlSeconds * 1000,
      bytes,
    });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }
}

/**
 * Marks a response cacheable when it is the result of a query (not a mutation)
 * without errors and the request carried no credentials.
 */
export function cacheablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const anonymous = !request.http?.headers.get('authorization');
      return {
        async willSendResponse({ response, operation, errors }) {
          const ok =
            !errors?.length &&
            response.body.kind === 'single' &&
            !response.body.singleResult.errors;
          if (anonymous && ok && operation?.operation === 'query') {
            response.http.headers.set(CACHEABLE_HEADER, '1');
          }
        },
      };
    },
  };
}
