import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * The stewards' monthly report of the data subjects' requests: one entity keyed by month, to which each subgraph
 * that keeps a kind of request adds its own counts (this one: the copies of data; regsosek: the objections).
 */
@ObjectType({
  description:
    "A month's requests under UU PDP by kind: how many came, how they were answered and how fast, and which are " +
    'overdue now. Counts only: it names no person.',
})
@Directive('@key(fields: "month")')
export class RightsReport {
  @Field({ description: 'The month, YYYY-MM, in Jakarta time.' })
  month!: string;
}
