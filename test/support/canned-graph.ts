import type { CannedAnswers } from './recording-reader.ts';

/**
 * Rows a translation test's reads are answered with: enough of a graph for each resolver to go on to its
 * next read (an entity found by key or id; Kazakhstan in most items, so its lists are walked; Tokayev in
 * few, so his are read from his own), and no more. What the test pins is what is sent, not these rows.
 */
const LABELS: Readonly<Record<string, string>> = {
  country: 'Country',
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  event: 'Event',
  agreement: 'Agreement',
  article: 'Article',
};
const labelOf = (id: string): string => LABELS[id.split(':')[0]!] ?? 'Country';
const KEYS: Readonly<Record<string, string>> = { KZ: 'country:kz', TR: 'country:tr', Tokayev: 'person:kassym-jomart-tokayev' };
/** Kazakhstan is in most of the 1,000 articles and events; everyone else in a few. */
const degreeOf = (id: string): number => (id === 'country:kz' ? 900 : 4);

export const CANNED: CannedAnswers = {
  'api/entity-by-key': (parameters) => {
    const key = String(parameters.key);
    const id = key.includes(':') ? key : (KEYS[key] ?? 'country:kz');
    const row: Record<string, unknown> = { id, name: id };
    return [{ label: labelOf(id), values: (parameters.properties as string[]).map((property) => row[property] ?? null) }];
  },
  'api/nodes-by-id': (parameters) =>
    (parameters.ids as string[]).map((id) => ({ id, node: { id, label: labelOf(id), name: id, aliases: [] } })),
  'api/mention-degrees': (parameters) => (parameters.ids as string[]).map((id) => ({ id, degree: degreeOf(id), articles: 1000 })),
  'api/party-agreement-degrees': (parameters) => (parameters.ids as string[]).map((id) => ({ id, degree: degreeOf(id), agreements: 1000 })),
  'api/event-degrees': (parameters) =>
    (parameters.ids as string[]).map((id) => ({ id, events: 1000, isCountry: id.startsWith('country:'), degree: degreeOf(id) })),
  // A person holds one office, in Kazakhstan; a country is a member of the SCO: each tie with its key.
  'api/entity-ties': (parameters) =>
    (parameters.ids as string[]).map((id) => ({
      id,
      countryId: null,
      offices: id.startsWith('person:')
        ? [{ title: 'President', officeId: null, holderId: 'country:kz', asOf: null, fact: `HOLDS_OFFICE ${id} country:kz President` }]
        : [],
      memberships: id.startsWith('country:')
        ? [{ countryId: id, organizationId: 'org:sco', status: 'member', fact: `MEMBER_OF ${id} org:sco` }]
        : [],
      nodes: [],
    })),
  // Paths of given types: one, two parties of one agreement.
  'api/shortest-paths-of-types': (parameters) => {
    const ids = [String(parameters.from), 'agreement:canned', String(parameters.to)];
    const properties = parameters.nodeProperties as string[];
    return [
      {
        nodeIds: ids,
        nodes: ids.map((id) => ({
          label: labelOf(id),
          values: properties.map((property) => (property === 'id' || property === 'name' ? id : null)),
        })),
        relationships: [
          { type: 'PARTY_TO', startId: ids[0], status: null, fact: `PARTY_TO ${ids[0]} ${ids[1]}` },
          { type: 'PARTY_TO', startId: ids[2], status: null, fact: `PARTY_TO ${ids[2]} ${ids[1]}` },
        ],
      },
    ];
  },
};
