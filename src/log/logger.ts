/**
 * Structured logs: one JSON object per line on stdout, so that a terminal shows them and any log
 * collector can parse them. Fields are merged into the line; `child` adds fields such as a request id.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

const SEVERITY: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export type LogSink = (line: string) => void;

const writeToStdout: LogSink = (line) => {
  process.stdout.write(`${line}\n`);
};

export function createLogger(level: LogLevel, bound: LogFields = {}, sink: LogSink = writeToStdout): Logger {
  const threshold = SEVERITY[level];
  const write = (lineLevel: LogLevel, message: string, fields?: LogFields): void => {
    if (SEVERITY[lineLevel] < threshold) return;
    sink(JSON.stringify({ time: new Date().toISOString(), level: lineLevel, msg: message, ...bound, ...fields }));
  };
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
    child: (fields) => createLogger(level, { ...bound, ...fields }, sink),
  };
}

/** For tests and library use: a logger that writes nothing. */
export const silentLogger: Logger = createLogger('error', {}, () => undefined);
