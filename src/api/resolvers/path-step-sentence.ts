/** How each relationship reads, from its start node (forward) and from its end node (backward). */
const VERBS: Record<string, { forward: string; backward: string }> = {
  ATTENDED: { forward: 'attended', backward: 'was attended by' },
  HELD_IN: { forward: 'was held in', backward: 'hosted' },
  ABOUT: { forward: 'was about', backward: 'was the topic of' },
  PARTY_TO: { forward: 'is a party to', backward: 'has as a party' },
  SIGNED_AT: { forward: 'was signed at', backward: 'saw the signing of' },
  HOLDS_OFFICE: { forward: 'holds office in', backward: 'has as an office holder' },
  REPRESENTS: { forward: 'represents', backward: 'is represented by' },
  LOCATED_IN: { forward: 'is located in', backward: 'contains' },
  BASED_IN: { forward: 'is based in', backward: 'is home to' },
  MEMBER_OF: { forward: 'is a member of', backward: 'has as a member' },
  MENTIONS: { forward: 'mentions', backward: 'is mentioned in' },
  REPORTED_IN: { forward: 'is reported in', backward: 'reports' },
};

/** A membership is only "a member" when its status says so: Turkey is an SCO dialogue partner. */
function membershipVerbs(status: string | null | undefined): { forward: string; backward: string } {
  const kind = (status ?? 'member').replace(/-/g, ' ');
  if (kind === 'member') return VERBS.MEMBER_OF!;
  if (kind === 'acceding') return { forward: 'is acceding to', backward: 'is joined by' };
  if (kind === 'candidate') return { forward: 'is a candidate for membership of', backward: 'has as a candidate for membership' };
  const article = /^[aeiou]/.test(kind) ? 'an' : 'a';
  return { forward: `is ${article} ${kind} of`, backward: `has as ${article} ${kind}` };
}

/** "Sergei Aleinik — attended — Talks: Sergei Aleinik – Murat Nurtleu (2024-05-21, Astana)" */
export function pathStepSentence(
  fromName: string,
  relationship: string,
  direction: 'FORWARD' | 'BACKWARD',
  toName: string,
  status?: string | null,
): string {
  const verbs = relationship === 'MEMBER_OF' ? membershipVerbs(status) : VERBS[relationship];
  const verb = verbs ? (direction === 'FORWARD' ? verbs.forward : verbs.backward) : relationship.toLowerCase().replace(/_/g, ' ');
  return `${fromName} — ${verb} — ${toName}`;
}
