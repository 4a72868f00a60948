import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ConsentContext } from '../context';
import { Client } from '../entities/client.entity';
import { Consent } from '../entities/consent.type';
import { Purpose } from '../entities/purpose.entity';

@Resolver(() => Consent)
export class ConsentResolver {
  @FieldResolver(() => Client, { nullable: true, description: 'The client (service) the consent is given to.' })
  client(@Root() consent: Consent, @Ctx() { loaders }: ConsentContext): Promise<Client | null> {
    return loaders.client.load(consent.clientId);
  }

  @FieldResolver(() => Purpose, { nullable: true, description: 'The purpose the consent is for.' })
  purpose(@Root() consent: Consent, @Ctx() { loaders }: ConsentContext): Promise<Purpose | null> {
    return loaders.purpose.load(consent.purposeCode);
  }
}
