import type { FetcherHeaders, FetcherResponse } from '@apollo/utils.fetcher';

/** A subgraph's answer, read in full once; shared by every request that joined the same fetch. */
export interface Buffered {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * The response Apollo Gateway reads (status, a header or two, the JSON body) over a buffered answer,
 * without building a WHATWG Response per subgraph call.
 */
export function bufferedResponse(url: string, buffered: Buffered): FetcherResponse {
  let used = false;
  const read = () => {
    used = true;
    return buffered.body;
  };
  return {
    url,
    status: buffered.status,
    ok: buffered.status >= 200 && buffered.status < 300,
    statusText: '',
    redirected: false,
    get bodyUsed() {
      return used;
    },
    headers: readOnlyHeaders(buffered.headers),
    text: async () => read(),
    json: async () => JSON.parse(read()),
    arrayBuffer: async () => {
      const bytes = Buffer.from(read());
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
    clone: () => bufferedResponse(url, buffered),
  };
}

function readOnlyHeaders(raw: Buffered['headers']): FetcherHeaders {
  const entries = (): [string, string][] =>
    Object.entries(raw).flatMap(([name, value]) => (value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]]));
  const get = (name: string) => {
    const value = raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  };
  const refuse = () => {
    throw new TypeError('A subgraph response’s headers are read-only.');
  };
  return {
    get,
    has: (name) => get(name) !== null,
    append: refuse,
    set: refuse,
    delete: refuse,
    entries: () => entries()[Symbol.iterator](),
    keys: () => entries().map(([name]) => name)[Symbol.iterator](),
    values: () => entries().map(([, value]) => value)[Symbol.iterator](),
    [Symbol.iterator]: () => entries()[Symbol.iterator](),
  };
}
