import { describe, expect, it } from '@jest/globals';
import { CANNED } from '../../../support/canned-graph.ts';
import { translate } from '../../../support/recording-reader.ts';

// Golden translation tests (issue 18 item 3): the Cypher files and parameters a GraphQL operation sends,
// pinned with no database (test/support/recording-reader.ts). A change to what a resolver sends shows here
// first; that it answers right is for test/integration. Integers are sent as the driver's Integer.
describe('meetingsBetween and countryRelations: the reads they send', () => {
  it("reads a page of two countries' meetings in Cypher, one more than asked, and the count because it is selected", async () => {
    const { sent, result } = await translate(
      `{ meetingsBetween(a: { id: "country:kz" }, b: { id: "country:tr" }, first: 2) { totalCount edges { cursor node { id } } } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/nodes-by-id',
        parameters: {
          ids: ['country:kz', 'country:tr'],
        },
      },
      // Two countries' meetings: their pair's country-pair records, a page sought and counted.
      {
        name: 'api/country-meetings-page',
        parameters: { pair: 'country:kz country:tr', afterKey: '', pageSize: 'Integer(3)' },
      },
      { name: 'api/country-meetings-count', parameters: { pair: 'country:kz country:tr' } },
    ]);
  });

  it("reads a page of two persons' meetings from the records of their pairs, and no count when it is not selected", async () => {
    const { sent, result } = await translate(
      `{ meetingsBetween(a: { id: "person:kassym-jomart-tokayev" }, b: { id: "person:recep-tayyip-erdogan" }, first: 2) { edges { node { id } } } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/nodes-by-id',
        parameters: {
          ids: ['person:kassym-jomart-tokayev', 'person:recep-tayyip-erdogan'],
        },
      },
      {
        name: 'api/meetings-between-page',
        parameters: {
          a: 'person:kassym-jomart-tokayev',
          b: 'person:recep-tayyip-erdogan',
          afterKey: '',
          pageSize: 'Integer(3)',
        },
      },
    ]);
  });

  it('finds both countries by key, then reads their relations, the count of their meetings and a page of them', async () => {
    const { sent, result } = await translate(
      `{ countryRelations(a: { key: "KZ" }, b: { key: "TR" }) { meetingCount meetings(first: 2) { id } agreementCount agreements(first: 2) { id } sharedOrganizations { name } } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([
      {
        name: 'api/entity-by-key',
        parameters: {
          key: 'KZ',
          phrase: '"KZ"',
          idLabel: 'Country',
          byCode: true,
          byAcronym: false,
          nameLabels: ['Country'],
          properties: ['id', 'name'],
        },
      },
      {
        name: 'api/entity-by-key',
        parameters: {
          key: 'TR',
          phrase: '"TR"',
          idLabel: 'Country',
          byCode: true,
          byAcronym: false,
          nameLabels: ['Country'],
          properties: ['id', 'name'],
        },
      },
      // Their meetings: the pair's country-pair records, counted and a page sought, each because selected.
      { name: 'api/country-meetings-count', parameters: { pair: 'country:kz country:tr' } },
      {
        name: 'api/country-meetings-page',
        parameters: { pair: 'country:kz country:tr', afterKey: '', pageSize: 'Integer(3)' },
      },
      // The agreements both are party to: their pair's records, counted and a page sought, each because selected.
      { name: 'api/agreements-between-count', parameters: { pair: 'country:kz country:tr' } },
      { name: 'api/agreements-between-page', parameters: { pair: 'country:kz country:tr', first: 'Integer(2)' } },
      // The organizations both are members of, because selected.
      { name: 'api/country-relations', parameters: { a: 'country:kz', b: 'country:tr' } },
    ]);
  });

  it('reads no shared organizations of two countries when they are not selected', async () => {
    const { sent, result } = await translate(
      `{ countryRelations(a: { id: "country:kz" }, b: { id: "country:tr" }) { agreementCount } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent.map((read) => read.name)).toEqual(['api/nodes-by-id', 'api/agreements-between-count']);
  });

  it('reads no agreements of two countries when neither their count nor a page of them is selected', async () => {
    const { sent, result } = await translate(
      `{ countryRelations(a: { id: "country:kz" }, b: { id: "country:tr" }) { sharedOrganizations { name } } }`,
      CANNED,
    );
    expect(result.errors).toBeUndefined();
    expect(sent.map((read) => read.name).filter((name) => name.startsWith('api/agreements-between'))).toEqual([]);
  });
});
