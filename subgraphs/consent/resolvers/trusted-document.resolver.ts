import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ConsentContext } from '../context';
import { Client } from '../entities/client.entity';
import { TrustedDocument } from '../entities/trusted-document.entity';
import { TrustedDocumentsRegistration } from '../entities/trusted-documents-registration.type';
import { REASON_DESCRIPTION } from '../stewardship';
import { registerTrustedDocuments, removeTrustedDocuments, requireTrustedDocuments } from '../trusted-documents';

/** Trusted documents: the operations each client's app may send by hash, and the clients that may send no other. */
@Resolver(() => TrustedDocument)
export class TrustedDocumentResolver {
  @Query(() => [TrustedDocument], { description: 'The operations registered for a client, by name and id.' })
  trustedDocuments(
    @Arg('clientId', { description: 'The client whose operations to list.' }) clientId: string,
    @Ctx() { em }: ConsentContext,
  ): Promise<TrustedDocument[]> {
    return em.find(TrustedDocument, { clientId }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  @Mutation(() => TrustedDocumentsRegistration, {
    description:
      "Registers the operations of a client's persisted-query manifest (stewards), next to those registered before. " +
      'Each id must be the SHA-256 of its text, and each operation valid against the API schema.',
  })
  registerTrustedDocuments(
    @Arg('clientId', { description: 'The client the operations are for.' }) clientId: string,
    @Arg('manifest', () => GraphQLJSONObject, {
      description:
        'The manifest `@apollo/generate-persisted-query-manifest` writes ({ format: ' +
        '"apollo-persisted-query-manifest", version: 1, operations: [{ id, name, type, body }] }), or the ' +
        "persisted-documents.json map (id to text) of GraphQL Code Generator's client preset.",
    })
    manifest: Record<string, unknown>,
    @Arg('reason', { description: REASON_DESCRIPTION }) reason: string,
    @Ctx() ctx: ConsentContext,
  ): Promise<TrustedDocumentsRegistration> {
    return registerTrustedDocuments(ctx, clientId, manifest, reason);
  }

  @Mutation(() => TrustedDocumentsRegistration, {
    description: "Removes operations from a client's trusted documents (stewards): an app version retired.",
  })
  removeTrustedDocuments(
    @Arg('clientId', { description: 'The client the operations are registered for.' }) clientId: string,
    @Arg('ids', () => [String], { description: 'The ids (SHA-256) of the operations to remove.' }) ids: string[],
    @Arg('reason', { description: REASON_DESCRIPTION }) reason: string,
    @Ctx() ctx: ConsentContext,
  ): Promise<TrustedDocumentsRegistration> {
    return removeTrustedDocuments(ctx, clientId, ids, reason);
  }

  @Mutation(() => Client, {
    description:
      'Sets whether a client may run only its registered operations (stewards); anything else it sends is refused ' +
      'with OPERATION_NOT_TRUSTED (HTTP 403) from its next request.',
  })
  requireTrustedDocuments(
    @Arg('clientId', { description: 'The client.' }) clientId: string,
    @Arg('required', { description: 'True: registered operations only. False: any operation.' }) required: boolean,
    @Arg('reason', { description: REASON_DESCRIPTION }) reason: string,
    @Ctx() ctx: ConsentContext,
  ): Promise<Client> {
    return requireTrustedDocuments(ctx, clientId, required, reason);
  }
}
