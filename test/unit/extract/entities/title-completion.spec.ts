import { describe, expect, it } from '@jest/globals';
import { eventKindsAndParticipants, personOffices } from '../../../support/extract-text.ts';

// Real sentence (MFA of Kazakhstan, dev split): "on Special Assignments" completes the title after its country, so the
// name after it was lost and the meeting went to Azerbaijan; and "the Representative of the President" serves the
// president, so Khalafov holds no presidency.
const SENTENCE =
  'Astana, May 16, 2025 – Deputy Prime Minister – Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu held a meeting with the Representative of the President of the Republic of Azerbaijan on Special Assignments Khalaf Khalafov.';

describe('a title completed after its country ("on Special Assignments")', () => {
  it('still introduces the name after it', () => {
    expect(eventKindsAndParticipants(SENTENCE)).toEqual([['meeting', ['person:halaf-halafov', 'person:murat-nurtleu']]]);
  });

  it('gives no office of the president served to the representative ("Representative of the President")', () => {
    const khalafov = personOffices(SENTENCE, 'en').find(([name]) => name === 'Khalaf Khalafov');
    expect(khalafov).toBeDefined();
    expect(khalafov?.[1]).not.toContain('office:president country:az');
  });

  it('is read in Russian too ("по особым поручениям")', () => {
    const text = 'Токаев принял представителя президента Азербайджана по особым поручениям Халафа Халафова.';
    expect(eventKindsAndParticipants(text, 'ru')[0]?.[1]).toHaveLength(2);
  });
});
