import type { DataSource } from 'typeorm';
import type { Language } from './language';

/** Per-request context every subgraph resolver receives. */
export interface SubgraphContext<Loaders = unknown> {
  /** Language negotiated from `Accept-Language`; arguments may override it. */
  language: Language;
  /** Request id from `x-request-id`, or a new one; appears in logs. */
  requestId: string;
  /** DataLoaders created for this request only. */
  loaders: Loaders;
  /** Ministry authenticated by a bearer token, if any. */
  ministryId: string | undefined;
  /** True when the request sent an Authorization header that matched no ministry. */
  credentialRejected?: boolean;
  dataSource: DataSource;
}
