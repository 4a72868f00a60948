import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { NIKScalar } from '../../../schema/scalars/identity.scalars';
import { sensitive } from '../../../schema/scopes';
import { answerConsentRequest, consentRequestsOf, requestConsent } from '../consent-requests';
import type { ConsentContext } from '../context';
import { Client } from '../entities/client.entity';
import { ConsentRequest } from '../entities/consent-request.entity';
import { ConsentRequestStatus } from '../entities/consent.enums';
import { Me } from '../entities/me.type';
import { Purpose } from '../entities/purpose.entity';

/** Consent asked for at the counter: officers ask, the citizen answers in their own page. */
@Resolver(() => ConsentRequest)
export class ConsentRequestResolver {
  @Mutation(() => ConsentRequest, {
    description:
      "Asks a citizen to consent to what the officer's client asks for under the stated purpose (officers): all the " +
      'scopes its consent rule lists, or those named. The citizen sees the request in their page. While one waits, ' +
      'asking again returns it.',
  })
  requestConsent(
    @Arg('nik', () => NIKScalar, { description: 'The citizen to ask.' }) nik: string,
    @Arg('scopes', () => [String], { nullable: true, description: 'Only these scopes of the consent rule.' })
    scopes: string[] | null,
    @Ctx() ctx: ConsentContext,
  ): Promise<ConsentRequest> {
    return requestConsent(ctx, nik, scopes);
  }

  @Directive(sensitive('consent.records'))
  @Mutation(() => ConsentRequest, {
    description: 'Approves (granting the consent it describes) or declines one of your pending consent requests.',
  })
  answerConsentRequest(
    @Arg('id', () => ID, { description: "The id of one of the citizen's own consent requests." }) id: string,
    @Arg('approve', () => Boolean, { description: 'true grants the consent; false declines.' }) approve: boolean,
    @Ctx() ctx: ConsentContext,
  ): Promise<ConsentRequest> {
    return answerConsentRequest(ctx, ctx.caller.nik!, id, approve);
  }

  @FieldResolver(() => ConsentRequestStatus, { description: "The request as of the server's clock now." })
  status(@Root() request: ConsentRequest): ConsentRequestStatus {
    return request.statusAt(new Date());
  }

  @FieldResolver(() => Client, { nullable: true, description: 'The service asking.' })
  client(@Root() request: ConsentRequest, @Ctx() { loaders }: ConsentContext): Promise<Client | null> {
    return loaders.client.load(request.clientId);
  }

  @FieldResolver(() => Purpose, { nullable: true, description: 'The purpose the consent would be for.' })
  purpose(@Root() request: ConsentRequest, @Ctx() { loaders }: ConsentContext): Promise<Purpose | null> {
    return loaders.purpose.load(request.purpose);
  }
}

/** What services have asked the signed-on citizen to consent to. */
@Resolver(() => Me)
export class MeConsentRequestsResolver {
  @Directive(sensitive('consent.records'))
  @FieldResolver(() => [ConsentRequest], {
    nullable: true,
    description: 'Consent requests services made to the citizen, newest first, optionally only those with one status.',
  })
  async consentRequests(
    @Root() me: Me,
    @Arg('status', () => ConsentRequestStatus, { nullable: true, description: 'Only the requests with this status.' })
    status: ConsentRequestStatus | null,
    @Ctx() { em }: ConsentContext,
  ): Promise<ConsentRequest[]> {
    const now = new Date();
    const requests = await consentRequestsOf(em, me.nik);
    return status ? requests.filter((request) => request.statusAt(now) === status) : requests;
  }
}
