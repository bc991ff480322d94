// The reader's hard limits: input size, hops, header counts and field lengths, in one place.

/** Largest input we read, in bytes (2 MiB): bigger inputs get a 'too-large' result. Headers are rarely over 50 KB. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

/** Most Received lines we analyse; the most recent are kept (mail servers refuse loops long before 100). */
export const MAX_HOPS = 100;

/** Most Authentication-Results / ARC-Authentication-Results / Received-SPF / DKIM-Signature headers read, each. */
export const MAX_AUTH_HEADERS = 50;

/** Most results read from one Authentication-Results header. */
export const MAX_RESULTS_PER_HEADER = 50;

/** Longest string we return in any field; longer values are cut and end with '…'. */
export const MAX_FIELD_CHARS = 2000;

/** How long readMessage waits for one country lookup, in milliseconds. */
export const LOOKUP_TIMEOUT_MS = 5000;

/** How many bytes at the start of the input are checked for binary content. */
export const BINARY_SNIFF_BYTES = 8192;
