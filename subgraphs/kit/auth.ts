import { timingSafeEqual } from 'node:crypto';

/** Bearer token → ministry id, from `MINISTRY_TOKENS` (`health=secret,education=secret2`). */
export type MinistryTokens = ReadonlyMap<string, string>;

/**
 * Parses `MINISTRY_TOKENS`. Throws naming the entry when one is not
 * `ministry=token` or a token is shorter than 16 characters.
 */
export function parseMinistryTokens(value: string | undefined): MinistryTokens {
  const tokens = new Map<string, string>();
  for (const entry of (value ?? '').split(',').map((e) => e.trim())) {
    if (!entry) continue;
    const separator = entry.indexOf('=');
    const ministry = entry.slice(0, separator).trim();
    const token = entry.slice(separator + 1).trim();
    if (separator < 1 || token.length < 16) {
      throw new Error(
        `MINISTRY_TOKENS entry "${ministry || entry.slice(0, 12)}=…" is invalid: write ministry=token pairs separated by commas, each token at least 16 characters.`,
      );
    }
    tokens.set(token, ministry);
  }
  return tokens;
}

/** Returns the ministry a `Bearer` token belongs to, or undefined. */
export function authenticateMinistry(
  authorization: string | undefined,
  tokens: MinistryTokens | undefined,
): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match || !tokens) return undefined;
  const offered = Buffer.from(match[1]);
  for (const [token, ministry] of tokens) {
    const known = Buffer.from(token);
    if (known.length === offered.length && timingSafeEqual(known, offered)) {
      return ministry;
    }
  }
  return undefined;
}
