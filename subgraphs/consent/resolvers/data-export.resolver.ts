import { Ctx, Directive, Mutation, Resolver } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';
import type { ConsentContext } from '../context';
import { requestDataExport } from '../data-export';
import { DataExport } from '../entities/data-export.type';

@Resolver()
export class DataExportResolver {
  @Directive(sensitive('consent.records'))
  @Mutation(() => DataExport, {
    description:
      'Makes a signed, machine-readable copy of everything the hub releases about the signed-on citizen, with ' +
      'where each value came from, their consents with receipts and their access log with inclusion proofs ' +
      '(UU PDP Pasal 7, 13). Citizens only, for themselves; 5 a day. Its making is on their access log.',
  })
  requestDataExport(@Ctx() ctx: ConsentContext): Promise<DataExport> {
    return requestDataExport(ctx, ctx.caller.nik!);
  }
}
