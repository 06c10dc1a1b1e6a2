/** Runs `body` with console.warn captured (each warning's arguments joined); returns the warnings. */
export async function warningsOf(body: () => Promise<unknown>): Promise<string[]> {
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = warn;
  }
  return warnings;
}
