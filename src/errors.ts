/**
 * Typed errors. Each names the input it belongs to, so a batch can report it and go on; `retryable`
 * is read by the one place that retries (the fetch runner), never decided ad hoc elsewhere.
 */
export type ErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNSUPPORTED'
  | 'INPUT_EMPTY'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_BINARY'
  | 'INPUT_ENCODING'
  | 'FETCH_FAILED'
  | 'FETCH_TIMEOUT'
  | 'FETCH_HTTP'
  | 'FETCH_BLOCKED'
  | 'PARSE_FAILED'
  | 'NO_ARTICLE'
  | 'EXTRACT_FAILED'
  | 'SINK_FAILED'
  | 'CONFIG_INVALID';

export class NewsExtractError extends Error {
  override readonly name: string = 'NewsExtractError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly input?: string,
    readonly retryable = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  toJSON(): { code: ErrorCode; message: string; input?: string; retryable: boolean } {
    return { code: this.code, message: this.message, input: this.input, retryable: this.retryable };
  }
}

export class InputError extends NewsExtractError {
  override readonly name = 'InputError';
}

export class FetchError extends NewsExtractError {
  override readonly name = 'FetchError';
  constructor(
    code: ErrorCode,
    message: string,
    input: string,
    retryable: boolean,
    readonly status?: number,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(code, message, input, retryable, options);
  }
}

export class ParseError extends NewsExtractError {
  override readonly name = 'ParseError';
}

export class ConfigError extends NewsExtractError {
  override readonly name = 'ConfigError';
  constructor(message: string) {
    super('CONFIG_INVALID', `news-extract: ${message}`);
  }
}

/** `value` when it is a whole number ≥ `min`; otherwise a ConfigError that names the setting and shows the value */
export function requireWholeNumber(name: string, value: number, min = 1): number {
  if (!Number.isInteger(value) || value < min) throw new ConfigError(`${name} must be a whole number ≥ ${min}, got ${JSON.stringify(value)}`);
  return value;
}

/** Wraps anything thrown into a NewsExtractError that names the input. */
export function toNewsExtractError(error: unknown, input: string): NewsExtractError {
  if (error instanceof NewsExtractError) {
    return error.input ? error : new NewsExtractError(error.code, error.message, input, error.retryable, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new NewsExtractError('EXTRACT_FAILED', message, input, false, { cause: error });
}
