import type { Logger } from './logger';

type Teardown = () => Promise<void> | void;

/**
 * Teardown steps registered as resources are created. `stop` runs them in
 * reverse order of registration and is safe to call more than once.
 */
export class Lifecycle {
  private readonly steps: { name: string; run: Teardown }[] = [];
  private stopping: Promise<void> | undefined;

  constructor(private readonly logger: Logger) {}

  /** Registers a teardown step to run at `stop`. */
  defer(name: string, run: Teardown): void {
    this.steps.push({ name, run });
  }

  /** Runs every teardown step once, newest first; logs and skips failures. */
  stop(): Promise<void> {
    this.stopping ??= this.runSteps();
    return this.stopping;
  }

  private async runSteps(): Promise<void> {
    for (const step of this.steps.reverse()) {
      try {
        await step.run();
      } catch (error) {
        this.logger.error({ err: error, step: step.name }, 'teardown failed');
      }
    }
  }
}

/**
 * Stops the lifecycle on the first SIGINT or SIGTERM, then exits. A second
 * signal exits at once, so a stuck teardown never traps the operator.
 */
export function stopOnSignals(lifecycle: Lifecycle, logger: Logger): void {
  let received = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (received) process.exit(1);
    received = true;
    logger.info({ signal }, 'stopping');
    void lifecycle.stop().then(() => {
      logger.info('stopped');
      process.exit(0);
    });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
