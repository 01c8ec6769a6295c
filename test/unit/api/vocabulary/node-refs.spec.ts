import { describe, expect, it } from '@jest/globals';
import { checkedRef } from '../../../../src/api/resolvers/node-refs.ts';

describe('an argument naming a node by id or by key', () => {
  it('takes an id, or a key that is a name, code or acronym', () => {
    expect(checkedRef({ id: 'country:kz' }, 'party')).toEqual({ id: 'country:kz' });
    expect(checkedRef({ key: 'KZ', id: null }, 'party')).toEqual({ key: 'KZ' });
    expect(checkedRef({ key: 'Re: Kazakhstan' }, 'party')).toEqual({ key: 'Re: Kazakhstan' });
  });

  it('refuses both or neither, saying what to send', () => {
    expect(() => checkedRef({ id: 'country:kz', key: 'KZ' }, 'a')).toThrow(
      'Give "a" exactly one of id (such as "country:kz") or key (a name, code or acronym, such as "KZ"); got both.',
    );
    expect(() => checkedRef({}, 'a')).toThrow('got neither.');
  });

  it('refuses an id given as a key, pointing to id', () => {
    expect(() => checkedRef({ key: ' person:kassym-jomart-tokayev ' }, 'party')).toThrow(
      '" person:kassym-jomart-tokayev " is an id, not a name: pass it as id (argument "party"), or give a name as key.',
    );
  });
});
