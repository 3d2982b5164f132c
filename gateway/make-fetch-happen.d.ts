// make-fetch-happen ships no types; this covers the part the gateway uses.
declare module 'make-fetch-happen' {
  interface FetchOptions {
    maxSockets?: number;
    retry?: boolean | object;
    timeout?: number;
  }
  type Fetch = ((url: string, init?: object) => Promise<unknown>) & {
    defaults(options: FetchOptions): Fetch;
  };
  const fetch: Fetch;
  export default fetch;
}
