import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { SCOPES } from '../../../schema/scopes';
import type { ConsentContext } from '../context';
import { Client } from '../entities/client.entity';
import { Purpose } from '../entities/purpose.entity';
import { ScopeDefinition } from '../entities/scope-definition.type';
import { ClientInput, ClientQuotaInput, PurposeInput } from '../entities/stewardship.input';
import { SubjectIdentifierKind } from '../../../policy/pairwise';
import {
  REASON_DESCRIPTION,
  definePurpose,
  registerClient,
  setClientQuota,
  setClientSubjectIdentifiers,
} from '../stewardship';

/** The catalogue every caller may read (what a consent screen shows), and the steward's changes to it. */
@Resolver()
export class CatalogueResolver {
  @Query(() => [ScopeDefinition], {
    description: 'The scope catalogue: every kind of personal data the graph releases.',
  })
  scopes(): ScopeDefinition[] {
    return Object.entries(SCOPES).map(([name, scope]) => ({
      name,
      description: scope.description,
      sensitivity: scope.sensitivity,
    }));
  }

  @Query(() => [Client], { description: 'Registered services.' })
  clients(@Ctx() { em }: ConsentContext): Promise<Client[]> {
    return em.find(Client, {}, { orderBy: { id: 'asc' } });
  }

  @Query(() => [Purpose], { description: 'The purpose catalogue.' })
  purposes(@Ctx() { em }: ConsentContext): Promise<Purpose[]> {
    return em.find(Purpose, {}, { orderBy: { code: 'asc' } });
  }

  @Mutation(() => Client, {
    description: 'Registers a service, or changes one (stewards). The reason is kept in the change log.',
  })
  registerClient(
    @Arg('input', () => ClientInput, {
      description: 'The service: a new client id registers it, a known one changes it.',
    })
    input: ClientInput,
    @Arg('reason', { description: REASON_DESCRIPTION }) reason: string,
    @Ctx() ctx: ConsentContext,
  ): Promise<Client> {
    return registerClient(ctx, input, reason);
  }

  @Mutation(() => Client, {
    description:
      "Sets a client's quota (stewards): over it, its officers' requests are refused with RATE_LIMITED (HTTP 429). " +
      'The reason is kept in the change log.',
  })
  setClientQuota(
    @Arg('clientId', { description: 'The client whose quota is set.' }) clientId: string,
    @Arg('quota', () => ClientQuotaInput, { description: "The limits; one left out is the hub's default." })
    quota: ClientQuotaInput,
    @Arg('reason', { description: REASON_DESCRIPTION }) reason: string,
    @Ctx() ctx: ConsentContext,
  ): Promise<Client> {
    return setClientQuota(ctx, clientId, quota, reason);
  }

  @Mutation(() => Client, {
    description:
      "Sets what a client's officers receive where a person's NIK would be (stewards): the NIK, or an identifier " +
      'of the person for that client alone, by which it then asks about the person. The reason is kept in the ' +
      'change log.',
  })
  setClientSubjectIdentifiers(
    @Arg('clientId', { description: 'The client whose setting is changed.' }) clientId: string,
    @Arg('kind', () => SubjectIdentifierKind, { description: 'NIK, or PAIRWISE.' }) kind: SubjectIdentifierKind,
    @Arg('reason', { description: REASON_DESCRIPTION }) reason: string,
    @Ctx() ctx: ConsentContext,
  ): Promise<Client> {
    return setClientSubjectIdentifiers(ctx, clientId, kind, reason);
  }

  @Mutation(() => Purpose, {
    description: 'Defines a purpose of use, or changes one (stewards). The reason is kept in the change log.',
  })
  definePurpose(
    @Arg('input', () => PurposeInput, { description: 'The purpose: a new code defines it, a known one changes it.' })
    input: PurposeInput,
    @Arg('reason', { description: REASON_DESCRIPTION }) reason: string,
    @Ctx() ctx: ConsentContext,
  ): Promise<Purpose> {
    return definePurpose(ctx, input, reason);
  }
}
