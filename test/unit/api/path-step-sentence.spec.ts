import { describe, expect, it } from '@jest/globals';
import { pathStepSentence } from '../../../src/api/resolvers/path-step-sentence.ts';

describe('the readable sentence of a path step', () => {
  it('reads a relationship from either end', () => {
    expect(pathStepSentence('Sergei Aleinik', 'ATTENDED', 'FORWARD', 'Talks (2024-05-21, Astana)')).toBe(
      'Sergei Aleinik — attended — Talks (2024-05-21, Astana)',
    );
    expect(pathStepSentence('Astana', 'HELD_IN', 'BACKWARD', 'Talks')).toBe('Astana — hosted — Talks');
  });

  it('names the kind of membership instead of calling every tie a membership', () => {
    expect(pathStepSentence('Belarus', 'MEMBER_OF', 'FORWARD', 'SCO', 'member')).toBe('Belarus — is a member of — SCO');
    expect(pathStepSentence('SCO', 'MEMBER_OF', 'BACKWARD', 'Turkey', 'dialogue-partner')).toBe('SCO — has as a dialogue partner — Turkey');
    expect(pathStepSentence('Azerbaijan', 'MEMBER_OF', 'FORWARD', 'SCO', 'observer')).toBe('Azerbaijan — is an observer of — SCO');
    expect(pathStepSentence('Turkey', 'MEMBER_OF', 'FORWARD', 'EU', 'candidate')).toBe('Turkey — is a candidate for membership of — EU');
  });
});
