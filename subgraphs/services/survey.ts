import { randomUUID } from 'node:crypto';
import { transactionExecutor } from '../../hub/orm';
import { recordWithin } from '../../policy/audit/record';
import { conflictError, inputError } from '../../schema/errors';
import type { ServicesContext } from './context';
import type { SatisfactionIndex } from './entities/report.types';
import { ServiceApplication } from './entities/service-application.entity';
import { ServiceApplicationStatus } from './entities/services.enums';
import { jakartaDate } from './working-days';
import { computeIkm, ikmFromTotals, SKM_ELEMENTS, type IkmResult, type SkmKey, type SkmScores } from './ikm';

/**
 * The signed-on citizen's answer to the satisfaction survey after one of their applications was completed, once
 * per application (the application notes that it was answered). The answer is kept apart, without who gave it or
 * which application it followed, counted towards the application's MPP and service on the (Jakarta) day it was
 * given. An application that is not the caller's reads as one that does not exist.
 */
export async function answerSurvey(
  ctx: ServicesContext,
  applicationId: string,
  scores: Record<SkmKey, number>,
): Promise<Date> {
  const nik = ctx.caller.nik!;
  try {
    computeIkm([scores as SkmScores]);
  } catch (error) {
    throw inputError(`scores: ${(error as Error).message}`);
  }
  const application = /^[0-9a-f-]{36}$/.test(applicationId)
    ? await ctx.em.findOne(ServiceApplication, { id: applicationId, nik })
    : null;
  if (!application) throw inputError('no application of yours has this id');
  if (application.status !== ServiceApplicationStatus.COMPLETED)
    throw conflictError(`the survey follows a completed application; this one is ${application.status}`);
  return ctx.em.transactional(async (em) => {
    const execute = transactionExecutor(em);
    const marked = await execute(
      `update services.application set survey_answered = true where id = ? and nik = ? and not survey_answered
        returning id`,
      [application.id, nik],
    );
    if (marked.length === 0) throw conflictError('the survey for this application was answered already');
    const answeredAt = new Date();
    await execute(
      `insert into services.survey_response (id, mpp_id, service, answered_on,
         ${SKM_ELEMENTS.map((_, i) => `u${i + 1}`).join(', ')})
       values (?, ?, ?, ?, ${SKM_ELEMENTS.map(() => '?').join(', ')})`,
      [
        randomUUID(),
        application.mppId,
        application.service,
        jakartaDate(answeredAt),
        ...SKM_ELEMENTS.map((element) => scores[element.key]),
      ],
    );
    await recordWithin(execute, ctx);
    return answeredAt;
  });
}

/** The totals of the survey's answers as SQL selects them: `respondents`, then `u1`..`u9` summed. */
export const SURVEY_TOTALS = `count(*)::int as respondents, ${SKM_ELEMENTS.map(
  (_, i) => `coalesce(sum(u${i + 1}), 0)::int as u${i + 1}`,
).join(', ')}`;

/** The satisfaction index of a row of SURVEY_TOTALS, as the schema gives it. */
export function satisfactionOf(row: Record<string, unknown>): SatisfactionIndex {
  const respondents = Number(row.respondents ?? 0);
  const totals = Object.fromEntries(
    SKM_ELEMENTS.map((element, i) => [element.key, Number(row[`u${i + 1}`] ?? 0)]),
  ) as Record<SkmKey, number>;
  const result: IkmResult | null = ikmFromTotals(totals, respondents);
  if (!result) return { respondents: 0, index: null, converted: null, grade: null, gradeName: null, elements: [] };
  return {
    respondents,
    index: result.indexRounded,
    converted: result.convertedRounded,
    grade: result.category.grade,
    gradeName: result.category.nameId,
    elements: result.elements.map((element) => ({
      code: element.code,
      nameId: element.nameId,
      name: element.name,
      average: element.averageRounded,
      converted: element.convertedRounded,
      grade: element.category.grade,
    })),
  };
}
