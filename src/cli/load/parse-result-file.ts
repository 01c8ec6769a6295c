import type { ExtractionResult } from '../../extract/contract/extraction-result.ts';
import { findContractViolations } from '../../extract/contract/validate-extraction-result.ts';
import { InputRejected } from './read-input.ts';

const SHOWN_VIOLATIONS = 5;

/** An extraction result file (JSON, schema/extraction-result.schema.json) checked against the contract. */
export function parseResultFile(bytes: Buffer): ExtractionResult {
  if (bytes.includes(0)) throw new InputRejected('this is a binary file, not a JSON extraction result');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) throw new InputRejected('the file is not valid UTF-8 text; save it as UTF-8');
  let candidate: unknown;
  try {
    candidate = JSON.parse(text);
  } catch (error) {
    throw new InputRejected(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const violations = findContractViolations(candidate);
  if (violations.length > 0) {
    const more = violations.length > SHOWN_VIOLATIONS ? ` (and ${violations.length - SHOWN_VIOLATIONS} more)` : '';
    throw new InputRejected(
      `not a valid extraction result (see schema/extraction-result.schema.json): ${violations.slice(0, SHOWN_VIOLATIONS).join('; ')}${more}`,
    );
  }
  return candidate as ExtractionResult;
}
