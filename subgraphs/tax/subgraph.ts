import { checkNpwp } from '../../schema/scalars/npwp';
import { peopleBy } from '../host/entry-people';
import type { SubgraphDefinition } from '../host/subgraph';
import { createTaxLoaders, type TaxLoaders } from './loaders';
import { taxOrmConfig } from './mikro-orm.config';
import { buildTaxSchema } from './schema';

/** Tax authority (DJP): NPWP registrations, tax offices, annual returns and compliance confirmation. */
export const tax: SubgraphDefinition<TaxLoaders> = {
  name: 'tax',
  defaultPort: 4003,
  buildSchema: buildTaxSchema,
  ormConfig: taxOrmConfig,
  createLoaders: createTaxLoaders,
  // An NPWP names its taxpayer: the lookup is on the taxpayer's access log.
  policy: {
    entryPeople: {
      'Query.taxProfileByNpwp': peopleBy('npwp', 'select nik from tax.taxpayer where npwp = ?', (npwp) => {
        const check = checkNpwp(npwp);
        return check.ok ? check.parts.npwp16 : undefined;
      }),
    },
  },
};
