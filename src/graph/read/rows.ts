/**
 * Plain shapes the read queries return. The API maps its GraphQL types onto these (codegen `mappers`),
 * so resolvers pass rows along and nested fields load what they need in batches.
 */
export interface NodeRow {
  id: string;
  name: string;
  /** The node's kind label: Country, Person, Organization, Place, Topic, Event, Agreement, Article. */
  label: string;
  [property: string]: unknown;
}

export interface SourceRow {
  articleId: string;
  sentence: string;
  start: number;
  end: number;
  /** Why the article's report states the fact: the words and the extraction rule (events and agreements). */
  cue?: string | null;
  rule?: string | null;
}

export interface OfficeRow {
  title: string;
  officeId: string | null;
  holderId: string;
  asOf: string | null;
  /** The tie's key, under which its sources are read a page at a time (tie-sources.cypher). */
  fact: string;
}

export interface MembershipRow {
  countryId: string;
  organizationId: string;
  status: string;
  /** The tie's key, under which its sources are read a page at a time (tie-sources.cypher). */
  fact: string;
}

export interface EntityTiesRow {
  countryId: string | null;
  offices: OfficeRow[];
  memberships: MembershipRow[];
}

export interface EventDetailsRow {
  placeId: string | null;
  participantIds: string[];
  topicIds: string[];
  agreementIds: string[];
  sources: SourceRow[];
}

export interface AgreementDetailsRow {
  partyIds: string[];
  eventId: string | null;
  topicIds: string[];
  sources: SourceRow[];
}

export interface ArticleReportsRow {
  eventIds: string[];
  agreementIds: string[];
  publisher: string | null;
}

/**
 * The counterpart and meetings are read with the properties the request selects (partial rows); the
 * meetings are the newest few the request asks for, of meetingCount.
 */
export interface CounterpartRow {
  counterpart: NodeRow;
  /** Null when the request did not ask for it (a country's count reads every meeting: who-met.ts). */
  meetingCount: number | null;
  meetings: NodeRow[];
}

export interface PathStepRow {
  /** The ends, read with the properties the request selects (partial rows). */
  from: NodeRow;
  to: NodeRow;
  relationship: string;
  direction: 'FORWARD' | 'BACKWARD';
  status: string | null;
  /** The tie's key, under which its sources are read (null for a relationship no article states: MENTIONS, REPORTED_IN). */
  fact: string | null;
}

export interface PathRow {
  length: number;
  steps: PathStepRow[];
}

export interface SearchHitRow {
  id: string;
  score: number;
}

export interface TimelineEntryRow {
  date: string | null;
  event: NodeRow | null;
  agreement: NodeRow | null;
}

/**
 * Two countries and the ids of what ties them, in order; fields load the nodes they are asked for. Their
 * meetings, agreements and shared organizations are read by the fields that show them (the first `first`
 * meetings and agreements, oldest first, and how many), only when selected.
 */
export interface CountryRelationsRow {
  a: NodeRow;
  b: NodeRow;
  meetingIds: (first: number) => Promise<string[]>;
  meetingCount: () => Promise<number>;
  agreementIds: (first: number) => Promise<string[]>;
  agreementCount: () => Promise<number>;
  organizationIds: () => Promise<string[]>;
}
