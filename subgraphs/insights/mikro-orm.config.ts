import { subgraphOrmConfig } from '../../hub/orm';
import { DisclosureSetting } from './entities/disclosure-setting.entity';
import { QuestionBudgetVersion } from './entities/question-budget.entity';
import { Refresh } from './entities/refresh.entity';
import { Migration20261124160000_insights } from './migrations/Migration20261124160000_insights';
import { Migration20261204180000_question_budget } from './migrations/Migration20261204180000_question_budget';
import { Migration20261206120000_idempotency } from './migrations/Migration20261206120000_idempotency';
import { Migration20261207120000_regencies } from './migrations/Migration20261207120000_regencies';
import { Migration20261208100000_idempotency_expiry } from './migrations/Migration20261208100000_idempotency_expiry';

export const insightsOrmConfig = subgraphOrmConfig(
  'insights',
  [DisclosureSetting, QuestionBudgetVersion, Refresh],
  [
    { name: 'Migration20261124160000_insights', class: Migration20261124160000_insights },
    { name: 'Migration20261204180000_question_budget', class: Migration20261204180000_question_budget },
    { name: 'Migration20261206120000_idempotency', class: Migration20261206120000_idempotency },
    { name: 'Migration20261207120000_regencies', class: Migration20261207120000_regencies },
    { name: 'Migration20261208100000_idempotency_expiry', class: Migration20261208100000_idempotency_expiry },
  ],
);
