/**
 * The city of an agency dateline ("NUR SULTAN. KAZINFORM -", "ANKARA, May 10 (Reuters) -"): where the
 * report was filed, which for a visit report is usually where the encounter took place. The event stage
 * uses it only for an event that names no place and has a participant from the city's own country.
 */
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';

export interface DatelinePlace {
  readonly placeId: string;
  readonly countryId: string;
}

export function placeFromDateline(dateline: string | undefined, knowledge: KnowledgeBase): DatelinePlace | undefined {
  if (dateline === undefined) return undefined;
  const city = dateline.split(/[.,(\-–—]/u)[0]?.trim();
  if (city === undefined || city.length === 0) return undefined;
  const ids = knowledge.names.lookup(city).ids.filter((id) => id.startsWith('place:'));
  if (ids.length !== 1) return undefined;
  const place = knowledge.entity(ids[0]!);
  if (place?.kind !== 'place') return undefined;
  const countryId = place.record.capitalOf ?? place.record.countryId;
  return countryId === undefined ? undefined : { placeId: place.record.id, countryId };
}
