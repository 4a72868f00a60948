import type { Caller, Role } from '../../auth/caller';
import { decide, type Subject } from '../../policy/decide';
import { SCOPES, type Scope } from '../../schema/scopes';

const NIK = '3204120101800001';
const caller = (role: Role): Caller => ({ subject: role === 'citizen' ? NIK : `dev-${role}`, role, client: 'c', purpose: null, nik: role === 'citizen' ? NIK : null });
const person = (relation: 'self' | 'family' | 'other'): Subject => ({ kind: 'person', nik: NIK, relation });
const scopes = Object.keys(SCOPES) as Scope[];

describe('decide', () => {
  it.each(['planner', 'steward'] as Role[])('denies the %s role every scope, whoever the person', (role) => {
    for (const scope of scopes) {
      for (const subject of [person('self'), { kind: 'entry' } as Subject, { kind: 'nested' } as Subject]) {
        expect(decide(caller(role), scope, subject)).toEqual({ kind: 'deny', code: 'FORBIDDEN', reason: `the ${role} role may not read ${scope}` });
      }
    }
  });

  it('gives a citizen every scope of their own, and of their family only what the card shows', () => {
    for (const scope of scopes) {
      expect(decide(caller('citizen'), scope, person('self')).kind).toBe('allow');
      expect(decide(caller('citizen'), scope, person('family')).kind).toBe(scope === 'population.identity' || scope === 'population.family' ? 'allow' : 'deny');
      expect(decide(caller('citizen'), scope, person('other'))).toEqual({ kind: 'deny', code: 'FORBIDDEN', reason: 'a citizen may read only their own data' });
    }
  });

  it('refuses a citizen a lookup that names no person, and allows what sits below a decided entry', () => {
    expect(decide(caller('citizen'), 'population.family', { kind: 'entry' })).toMatchObject({ kind: 'deny', reason: 'a citizen may look up only their own records, by their own NIK' });
    expect(decide(caller('citizen'), 'tax.profile', { kind: 'nested' })).toEqual({ kind: 'allow' });
  });

  it.each(['officer', 'auditor'] as Role[])('allows the %s role within its ceiling (rules and consent are the next layer)', (role) => {
    for (const scope of scopes) expect(decide(caller(role), scope, person('other')).kind).toBe('allow');
  });
});
