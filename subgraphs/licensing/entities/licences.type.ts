import { ObjectType } from 'type-graphql';

/**
 * Professional and business licences a person holds. Only the holder's NIK is kept here: each list is loaded
 * by its own field resolver when it is asked for (licences.resolver.ts), so a query for the STR alone costs
 * one statement, not three.
 */
@ObjectType({ description: 'Professional and business licences a person holds.' })
export class Licences {
  nik!: string;
}
