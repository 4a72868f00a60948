import 'reflect-metadata';
import { ObjectionOutcome, ObjectionStatus } from '../../subgraphs/regsosek/entities/objection.enums';
import { objectionTiming, overdueRequest } from '../../subgraphs/regsosek/rights-report';
import { answerDue } from '../../schema/rights';
import { countRequests } from '../../subgraphs/host/rights-counts';

// How regsosek's objections count in the monthly rights report: reviewed ones are answered with their outcome,
// open ones past 3 x 24 hours are overdue, and an overdue one names no person.
const at = (day: number, hour = 8) => new Date(Date.UTC(2026, 11, day, hour));
const objection = (
  received: Date,
  review?: { at: Date; outcome: ObjectionOutcome },
): Parameters<typeof objectionTiming>[0] & { id: string } => ({
  id: `00000000-0000-4000-8000-00000000000${received.getUTCDate() % 10}`,
  receivedAt: received,
  dueAt: answerDue(received),
  status: review ? ObjectionStatus.ANSWERED : ObjectionStatus.OPEN,
  reviewedAt: review?.at ?? null,
  outcome: review?.outcome ?? null,
});

describe("the rights report's objections", () => {
  it('counts reviews by outcome, in time or late, and open ones past their deadline', () => {
    const objections = [
      objection(at(1), { at: at(2), outcome: ObjectionOutcome.OVERTURNED }),
      objection(at(3), { at: at(7), outcome: ObjectionOutcome.UPHELD }),
      objection(at(5), { at: at(5, 20), outcome: ObjectionOutcome.UPHELD }),
      objection(at(8)),
      objection(at(12)),
    ];
    expect(countRequests(objections.map(objectionTiming), at(13))).toEqual({
      received: 5,
      answered: 3,
      answeredInTime: 2,
      open: 2,
      overdue: 1,
      outcomes: [
        { outcome: 'OVERTURNED', count: 1 },
        { outcome: 'UPHELD', count: 2 },
      ],
      medianHoursToAnswer: 24,
    });
  });

  it("lists an overdue objection as the social-affairs agency's, without its objector", () => {
    const open = objection(at(8));
    expect(overdueRequest(open)).toEqual({
      id: open.id,
      kind: 'OBJECTION',
      agency: 'Kementerian Sosial',
      receivedAt: at(8),
      dueAt: at(11),
    });
  });
});
