import { Arg, Ctx, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import { inputError } from '../../../schema/errors';
import { sensitive } from '../../../schema/scopes';
import type { ServicesContext } from '../context';
import { MppPerformance, SatisfactionIndex } from '../entities/report.types';
import { ServiceApplication } from '../entities/service-application.entity';
import { ServiceCode } from '../entities/services.enums';
import { SkmScoresInput, SurveyReceipt } from '../entities/survey.types';
import { performanceReport, period } from '../reports';
import { answerSurvey, satisfactionOf, SURVEY_TOTALS } from '../survey';

@Resolver(() => ServiceApplication)
export class SurveyResolver {
  @Directive(sensitive('services.application'))
  @Mutation(() => SurveyReceipt, {
    description:
      'Answers the public satisfaction survey (SKM, Permenpan-RB 14/2017) after one of your completed ' +
      'applications (citizens), once per application; kept without your name.',
  })
  async answerSatisfactionSurvey(
    @Arg('applicationId', () => ID, { description: 'Your completed application.' }) applicationId: string,
    @Arg('scores', () => SkmScoresInput, { description: 'Your scores on the nine elements.' }) scores: SkmScoresInput,
    @Ctx() ctx: ServicesContext,
  ): Promise<SurveyReceipt> {
    const submittedAt = await answerSurvey(ctx, applicationId, { ...scores });
    return { applicationId, submittedAt };
  }

  @Query(() => SatisfactionIndex, {
    description:
      "An MPP's public satisfaction index (IKM) over the survey answers given in [from, to] (Jakarta days, at " +
      'most 366), for one service or all (anyone signed in: counts only).',
  })
  async satisfactionIndex(
    @Arg('mppId', () => String, { description: 'The MPP.' }) mppId: string,
    @Arg('from', () => String, { description: 'First day, YYYY-MM-DD.' }) from: string,
    @Arg('to', () => String, { description: 'Last day, YYYY-MM-DD.' }) to: string,
    @Arg('service', () => ServiceCode, { nullable: true, description: 'Only this service.' })
    service: ServiceCode | undefined,
    @Ctx() { em }: ServicesContext,
  ): Promise<SatisfactionIndex> {
    if (!/^[a-z0-9-]{1,40}$/.test(mppId)) throw inputError('mppId is not an MPP identifier');
    period(from, to);
    const [row] = await em.getConnection().execute(
      `select ${SURVEY_TOTALS} from services.survey_response where mpp_id = ? and answered_on between ? and ?
          ${service ? 'and service = ?' : ''}`,
      service ? [mppId, from, to, service] : [mppId, from, to],
    );
    return satisfactionOf(row);
  }

  @Query(() => [MppPerformance], {
    description:
      "The performance of a regency's MPPs over [from, to] (Jakarta days, at most 366), per service: " +
      'applications by status, completed within the standard, median working days, complaints and their answers, ' +
      'and the satisfaction index (anyone signed in: counts only).',
  })
  performanceReport(
    @Arg('regencyCode', () => String, { description: 'Kemendagri regency or city code PP.RR.' }) regencyCode: string,
    @Arg('from', () => String, { description: 'First day, YYYY-MM-DD.' }) from: string,
    @Arg('to', () => String, { description: 'Last day, YYYY-MM-DD.' }) to: string,
    @Ctx() { em }: ServicesContext,
  ): Promise<MppPerformance[]> {
    return performanceReport(em, regencyCode, from, to);
  }
}
