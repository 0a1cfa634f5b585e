// Work done by the clock in the app process, out of the request path (a module's notifier, the transparency ticker):
// a tick every `everyMs`, never two at once, a failed tick logged and the next one tried. With several processes on
// one database, each tick takes its own advisory lock, so one process works and the others skip.

export interface Ticker { stop(): Promise<void> }

export function startTicker(run: () => Promise<unknown>, log: { error: (obj: object, msg: string) => void }, name: string, everyMs: number): Ticker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = run()
      .then(() => undefined, (err: unknown) => log.error({ err }, `${name} tick failed`))
      .finally(() => { if (!stopped) timer = setTimeout(tick, everyMs); });
  };
  timer = setTimeout(tick, everyMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
