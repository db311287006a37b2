import { AstroError } from 'astro/errors';

/**
 * The error a build step throws after it has printed its own report (the
 * content check, the link check). It carries a message and a hint but no stack
 * trace: Astro prints a trace when an error has one, and a trace of the check
 * itself would only push the report, which says what to fix, out of sight.
 */
export function reportedError(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.stack = '';
  return error;
}
