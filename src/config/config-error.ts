/** A configuration problem, worded as one line that names the variable and what it expects. */
export class ConfigError extends Error {
  readonly variable: string;

  constructor(variable: string, received: string | undefined, expectation: string) {
    const shown = received === undefined ? 'not set' : `got "${received}"`;
    super(`Configuration error: ${variable} ${shown}: ${expectation}. Fix it in the environment or in .env (see .env.example).`);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}
