import { existsSync } from 'node:fs';
import type { HeadlessChromium } from './graphiql-check.ts';

/** Switches that keep a headless Chromium from reaching out on its own (updates, sync) while it is tested offline. */
const QUIET = ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The Chromium the browser checks run in: CHROMIUM_PATH when set (Debian's package installs
 * /usr/bin/chromium), else the build the npm package @sparticuz/chromium carries in its tarball (a
 * devDependency), unpacked into the temp folder on first use. So `npm install` is all a machine needs,
 * with no browser download from elsewhere.
 */
export async function headlessChromium(): Promise<HeadlessChromium> {
  const configured = process.env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (!existsSync(configured))
      throw new Error(
        `CHROMIUM_PATH is ${configured}, and no file is there. Unset it to use the Chromium of @sparticuz/chromium, or point it at a Chromium.`,
      );
    return { executablePath: configured, args: ['--headless', '--no-sandbox', '--disable-gpu', ...QUIET] };
  }
  const { default: bundled } = await import('@sparticuz/chromium');
  return { executablePath: await bundled.executablePath(), args: [...bundled.args, ...QUIET] };
}
