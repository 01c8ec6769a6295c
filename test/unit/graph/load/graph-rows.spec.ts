import { describe, expect, it } from '@jest/globals';
import { toGraphRows } from '../../../../src/graph/load/graph-rows.ts';
import { ENGLISH_REPORT, UKRAINIAN_REPORT } from '../../../fixtures/ankara-talks.ts';
import { buildExtraction } from '../../../support/extraction-builder.ts';

describe('graph rows for the loader', () => {
  it('pins the parameters sent for the English Ankara report (golden)', () => {
    expect(toGraphRows(buildExtraction(ENGLISH_REPORT))).toMatchSnapshot();
  });

  it('gives the same new-event id to the same encounter whatever the article, kind or language', () => {
    const english = toGraphRows(buildExtraction(ENGLISH_REPORT)).events[0]!;
    const ukrainian = toGraphRows(buildExtraction(UKRAINIAN_REPORT)).events[0]!;

    expect(english.kind).not.toBe(ukrainian.kind);
    expect(english.newId.startsWith('event:2022-05-10-')).toBe(true);
    expect(english.newId).not.toBe(ukrainian.newId); // kind is part of a new id; matching on participants joins them
  });

  it('splits participants by label so that every MERGE names a static label', () => {
    const event = toGraphRows(buildExtraction(ENGLISH_REPORT)).events[0]!;

    expect(event.personIds).toEqual(['person:kassym-jomart-tokayev', 'person:recep-tayyip-erdogan']);
    expect(event.countryIds).toEqual([]);
  });

  it('ties an undated event to its article, so two undated reports are never one event by id', () => {
    const undated = { ...ENGLISH_REPORT, events: ENGLISH_REPORT.events!.map(({ date: _date, ...event }) => event) };
    const other = { ...undated, id: 'article:another' };

    expect(toGraphRows(buildExtraction(undated)).events[0]!.newId).not.toBe(toGraphRows(buildExtraction(other)).events[0]!.newId);
  });

  it('names an agreement in English: the subject when the article writes it in English, else its topic', () => {
    const english = toGraphRows(buildExtraction(ENGLISH_REPORT)).agreements[0]!;
    const ukrainian = toGraphRows(
      buildExtraction({
        ...UKRAINIAN_REPORT,
        agreements: [
          {
            kind: 'agreement',
            status: 'signed',
            subject: 'військову співпрацю',
            partyIds: ['country:kz', 'country:tr'],
            topicIds: ['topic:transport'],
            in: [0],
          },
        ],
      }),
    ).agreements[0]!;

    expect(english.name).toBe('Memorandum on military cooperation: Kazakhstan – Turkey');
    expect(ukrainian.name).toBe('Agreement on transport: Kazakhstan – Turkey');
    expect(ukrainian.subject).toBe('військову співпрацю');
  });
});
