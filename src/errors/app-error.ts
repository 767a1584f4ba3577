/**
 * One error base for everything txtriage raises on purpose: a stable code the API
 * exposes, a short human message, optional details, and the HTTP status it maps to.
 * Anything that is not an AppError is a bug and is answered as a plain 500.
 */
export interface FieldIssue {
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details?: string;
  readonly fields?: FieldIssue[];

  constructor(code: string, shortMessage: string, opts: { status: number; details?: string; fields?: FieldIssue[]; cause?: unknown }) {
    super(shortMessage, { cause: opts.cause });
    this.name = new.target.name;
    this.code = code;
    this.status = opts.status;
    this.details = opts.details;
    this.fields = opts.fields;
  }
}

export class InvalidInputError extends AppError {
  constructor(fields: FieldIssue[], shortMessage = 'The request is not valid.') {
    super('INVALID_INPUT', shortMessage, { status: 400, fields, details: fields.map((f) => `${f.field}: ${f.message}`).join('; ') });
  }
}

export class UnknownNetworkError extends AppError {
  constructor(network: string, known: string[]) {
    super('UNKNOWN_NETWORK', `Unknown network "${network}".`, {
      status: 400,
      fields: [{ field: 'network', message: `not a configured network; use one of: ${known.join(', ')}` }],
      details: `Configured networks: ${known.join(', ')}`,
    });
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} not found.`, { status: 404 });
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super('PAYLOAD_TOO_LARGE', `The request body is larger than ${limitBytes} bytes.`, { status: 413 });
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(expected = 'application/json') {
    super('UNSUPPORTED_MEDIA_TYPE', `The request body must be sent as ${expected}.`, { status: 415 });
  }
}

/** The client went away before its request was read: nobody is left to answer. */
export class ClientAbortedError extends AppError {
  constructor() {
    super('CLIENT_ABORTED', 'The client closed the connection before the request was read.', { status: 400 });
  }
}

export class UnauthorizedError extends AppError {
  constructor() {
    super('UNAUTHORIZED', 'Sign in, or send an API key (Authorization: Bearer <key>).', { status: 401 });
  }
}

/** Signed in, but the role or the key's scopes do not include what the route needs. */
export class ForbiddenError extends AppError {
  constructor(
    readonly permission: string,
    details?: string,
  ) {
    super('FORBIDDEN', `This needs the "${permission}" permission.`, { status: 403, details });
  }
}

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', 'Too many requests; please retry shortly.', { status: 429 });
  }
}
