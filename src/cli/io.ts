/** Where a command writes; the real process streams, or buffers in tests. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Exit codes, documented in the README. */
export const ExitCode = {
  ok: 0,
  usage: 1,
  badInput: 2,
  planFile: 3,
} as const;
