/** Exit codes (documented in the README and in `--help`) and the errors that map to them. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2, unfinished: 13 } as const;

/** The command line itself is wrong: exit 2. */
export class UsageError extends Error {}

/** One input could not be read or parsed: reported, the others go on, exit 1 at the end. */
export class InputError extends Error {
  constructor(
    readonly source: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const SYSTEM_MESSAGES: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "is a directory, not a file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "file name too long",
};

/** A file-system failure as one plain line, never a stack trace. */
export function inputErrorFrom(source: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as { code?: string }).code ?? "EREAD";
  return new InputError(source, code, SYSTEM_MESSAGES[code] ?? (error as Error).message ?? String(error));
}
