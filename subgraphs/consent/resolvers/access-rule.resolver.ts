import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ConsentContext } from '../context';
import { AccessRule } from '../entities/access-rule.entity';
import { ConsentCount } from '../entities/consent-count.type';
import { StewardChange } from '../entities/steward-change.entity';
import { AccessRuleInput } from '../entities/stewardship.input';
import { AccessRuleDryRun } from '../entities/rule-dry-run.type';
import {
  REASON_DESCRIPTION,
  consentCounts,
  dryRunAccessRule,
  retireAccessRule,
  rulesInForce,
  setAccessRule,
} from '../stewardship';
import { inputError } from '../../../schema/errors';

/** The steward's rules and what stewards and auditors may see about consent: versions, changes, counts. */
@Resolver(() => AccessRule)
export class AccessRuleResolver {
  @Query(() => [AccessRule], { description: 'The rules in force, optionally for one client or one purpose.' })
  accessRules(
    @Arg('clientId', () => String, { nullable: true, description: 'Only the rules for this client.' })
    clientId: string | null,
    @Arg('purpose', () => String, { nullable: true, description: 'Only the rules for this purpose code.' })
    purpose: string | null,
    @Ctx() { em }: ConsentContext,
  ): Promise<AccessRule[]> {
    return rulesInForce(em, { clientId, purpose });
  }

  @Query(() => [AccessRule], { description: 'Every version of the rule for a client and purpose, newest first.' })
  accessRuleHistory(
    @Arg('clientId', { description: 'The client the rule is for.' }) clientId: string,
    @Arg('purpose', { description: 'The purpose code the rule is for.' }) purpose: string,
    @Ctx() { em }: ConsentContext,
  ): Promise<AccessRule[]> {
    return em.find(AccessRule, { clientId, purpose }, { orderBy: { version: 'desc' } });
  }

  @Query(() => [StewardChange], { description: 'The newest changes to clients, purposes and rules.' })
  stewardChanges(
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many changes, newest first: 1 to 500.' })
    first: number,
    @Ctx() { em }: ConsentContext,
  ): Promise<StewardChange[]> {
    if (first < 1 || first > 500) throw inputError('first must be 1 to 500');
    return em.find(StewardChange, {}, { orderBy: { id: 'desc' }, limit: first });
  }

  @Query(() => [ConsentCount], { description: 'Consents per client and purpose by status (counts only).' })
  consentCounts(@Ctx() { em }: ConsentContext): Promise<ConsentCount[]> {
    return consentCounts(em);
  }

  @Query(() => AccessRuleDryRun, {
    description:
      "What a new rule version would have changed (stewards and auditors): the officers' requests of the last days " +
      'for its client and purpose replayed under the rule in force and under this one, by scope, in counts. Saves ' +
      'nothing.',
  })
  accessRuleDryRun(
    @Arg('input', () => AccessRuleInput, { description: 'The rule version as it would be saved.' })
    input: AccessRuleInput,
    @Arg('days', () => Int, { defaultValue: 30, description: 'How many days back to replay: 1 to 90.' }) days: number,
    @Ctx() ctx: ConsentContext,
  ): Promise<AccessRuleDryRun> {
    return dryRunAccessRule(ctx, input, days);
  }

  @Mutation(() => AccessRule, {
    description: 'Sets the rule for a client and purpose as a new version (stewards); in force from the next request.',
  })
  setAccessRule(
    @Arg('input', () => AccessRuleInput, {
      description: 'The client, purpose, scopes and legal basis of the new version.',
    })
    input: AccessRuleInput,
    @Arg('reason', { description: REASON_DESCRIPTION }) reason: string,
    @Ctx() ctx: ConsentContext,
  ): Promise<AccessRule> {
    return setAccessRule(ctx, input, reason);
  }

  @Mutation(() => AccessRule, {
    description: 'Retires the rule for a client and purpose (stewards): a new version granting nothing.',
  })
  retireAccessRule(
    @Arg('clientId', { description: 'The client the rule is for.' }) clientId: string,
    @Arg('purpose', { description: 'The purpose code the rule is for.' }) purpose: string,
    @Arg('reason', { description: REASON_DESCRIPTION }) reason: string,
    @Ctx() ctx: ConsentContext,
  ): Promise<AccessRule> {
    return retireAccessRule(ctx, clientId, purpose, reason);
  }
}
