import { toSourceRows, type StoredEvidence } from './evidence-lists.ts';
import type { GraphReader } from './graph-reader.ts';
import type {
  AgreementDetailsRow,
  ArticleReportsRow,
  EntityTiesRow,
  EventDetailsRow,
  MembershipRow,
  NodeRow,
  OfficeRow,
  SourceRow,
} from './rows.ts';

/**
 * Reads keyed by node id, one query for a whole batch of ids: the API's DataLoaders call these, so a
 * nested GraphQL selection costs one round trip per level, not one per parent.
 */

export async function readNodes(reader: GraphReader, ids: readonly string[]): Promise<Map<string, NodeRow>> {
  const rows = await reader.read<{ id: string; node: NodeRow }>('api/nodes-by-id', { ids });
  return new Map(rows.map((row) => [row.id, row.node]));
}

export async function readMentionSources(reader: GraphReader, ids: readonly string[]): Promise<Map<string, SourceRow[]>> {
  const rows = await reader.read<StoredEvidence & { id: string; articleId: string }>('api/mention-sources', { ids });
  const byId = new Map<string, SourceRow[]>();
  for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), ...toSourceRows(row)]);
  return byId;
}

export async function readEventsOfNodes(reader: GraphReader, ids: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await reader.read<{ id: string; eventIds: string[] }>('api/events-of-nodes', { ids });
  return new Map(rows.map((row) => [row.id, row.eventIds]));
}

type StoredOffice = Omit<OfficeRow, 'sources'> & Required<Pick<StoredEvidence, 'sources'>> & StoredEvidence;
type StoredMembership = Omit<MembershipRow, 'sources'> & Required<Pick<StoredEvidence, 'sources'>> & StoredEvidence;

/** Each entity's country, offices and memberships, plus the nodes they lead to (read in the same query). */
export async function readEntityTies(reader: GraphReader, ids: readonly string[]): Promise<{ ties: Map<string, EntityTiesRow>; nodes: NodeRow[] }> {
  const rows = await reader.read<{ id: string; countryId: string | null; offices: StoredOffice[]; memberships: StoredMembership[]; nodes: NodeRow[] }>(
    'api/entity-ties',
    { ids },
  );
  const ties = new Map(
    rows.map((row) => [
      row.id,
      {
        countryId: row.countryId,
        offices: row.offices.map((office) => ({
          title: office.title,
          officeId: office.officeId,
          holderId: office.holderId,
          asOf: office.asOf,
          sources: toSourceRows(office),
        })),
        memberships: row.memberships.map((membership) => ({
          countryId: membership.countryId,
          organizationId: membership.organizationId,
          status: membership.status,
          sources: toSourceRows(membership),
        })),
      },
    ]),
  );
  return { ties, nodes: rows.flatMap((row) => row.nodes) };
}

type StoredReports = Array<StoredEvidence & { articleId: string }>;

export async function readEventDetails(reader: GraphReader, ids: readonly string[]): Promise<Map<string, EventDetailsRow>> {
  const rows = await reader.read<Omit<EventDetailsRow, 'sources'> & { id: string; reports: StoredReports }>('api/event-details', { ids });
  return new Map(rows.map(({ id, reports, ...details }) => [id, { ...details, sources: reports.flatMap(toSourceRows) }]));
}

export async function readAgreementDetails(reader: GraphReader, ids: readonly string[]): Promise<Map<string, AgreementDetailsRow>> {
  const rows = await reader.read<Omit<AgreementDetailsRow, 'sources'> & { id: string; reports: StoredReports }>('api/agreement-details', { ids });
  return new Map(rows.map(({ id, reports, ...details }) => [id, { ...details, sources: reports.flatMap(toSourceRows) }]));
}

export async function readArticleReports(reader: GraphReader, ids: readonly string[]): Promise<Map<string, ArticleReportsRow>> {
  const rows = await reader.read<ArticleReportsRow & { id: string }>('api/article-reports', { ids });
  return new Map(rows.map(({ id, ...reports }) => [id, reports]));
}
