import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import { consentsOf, grantConsent, revokeConsent } from '../consents';
import type { ConsentContext } from '../context';
import { Citizen } from '../entities/citizen.type';
import { ConsentStatus } from '../entities/consent.enums';
import { GrantConsentInput } from '../entities/consent.input';
import { Consent } from '../entities/consent.type';
import { Me } from '../entities/me.type';

/** The signed-on citizen's own view: these fields are about the caller (policy `aboutCaller`), no NIK is asked. */
@Resolver(() => Me)
export class MeResolver {
  @Directive(sensitive('consent.records'))
  @Query(() => Me, { nullable: true, description: 'The signed-on citizen (citizen tokens only).' })
  me(@Ctx() { caller }: ConsentContext): Me {
    return { nik: caller.nik! };
  }

  @Directive(sensitive('population.identity'))
  @FieldResolver(() => Citizen, { nullable: true, description: "The citizen's own Citizen 360 profile." })
  citizen(@Root() me: Me): Citizen {
    return { nik: me.nik };
  }

  @Directive(sensitive('consent.records'))
  @FieldResolver(() => [Consent], {
    nullable: true,
    description: 'Every consent the citizen has given, newest first, optionally only those with one status.',
  })
  async consents(
    @Root() me: Me,
    @Arg('status', () => ConsentStatus, { nullable: true, description: 'Only the consents with this status.' })
    status: ConsentStatus | null,
    @Ctx() { em }: ConsentContext,
  ): Promise<Consent[]> {
    const consents = await consentsOf(em, me.nik);
    return status ? consents.filter((consent) => consent.status === status) : consents;
  }

  @Directive(sensitive('consent.records'))
  @Mutation(() => Consent, {
    description: 'Consents to a client using the listed scopes for a purpose; returns the consent with its receipt.',
  })
  grantConsent(
    @Arg('input', () => GrantConsentInput, { description: 'The client, purpose, scopes and validity of the consent.' })
    input: GrantConsentInput,
    @Ctx() ctx: ConsentContext,
  ): Promise<Consent> {
    return grantConsent(ctx, ctx.caller.nik!, input);
  }

  @Directive(sensitive('consent.records'))
  @Mutation(() => Consent, { description: 'Withdraws a consent; it stops counting from the very next request.' })
  revokeConsent(
    @Arg('id', () => ID, { description: "The id of one of the citizen's own consents." }) id: string,
    @Ctx() ctx: ConsentContext,
  ): Promise<Consent> {
    return revokeConsent(ctx, ctx.caller.nik!, id);
  }
}
