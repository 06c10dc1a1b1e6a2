// Skips a test (or a suite, from a `before` hook) in an engine whose driver
// lacks a web-test-runner command it needs — and there only. Which engine
// lacks what, and why, is test/support/engine-capabilities.mjs.
import { executeServerCommand } from '@web/test-runner-commands';

export type Command = 'emulateMedia' | 'setViewport' | 'holdKey';

interface Capabilities {
  engine: string;
  missing: Partial<Record<Command, string>>;
}

let asked: Promise<Capabilities> | undefined;

/** The engine these tests run in, and the commands it lacks. */
export function capabilities(): Promise<Capabilities> {
  asked ??= executeServerCommand<Capabilities | undefined, undefined>('engine-capabilities').then((answer) => answer ?? { engine: 'chromium', missing: {} });
  return asked;
}

/** Skips the running test or suite when this engine lacks `command`. */
export async function requireCommand(context: Mocha.Context, command: Command): Promise<void> {
  const { missing } = await capabilities();
  if (missing[command]) context.skip();
}
