import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: "One CSV file of a data export: the citizen's data from one agency, a row per value." })
export class DataExportFile {
  @Field({ description: 'File name, e.g. "dukcapil-kemendagri.csv".' })
  name!: string;

  @Field({ description: 'The agency the values in it come from.' })
  agency!: string;

  @Field({ description: 'Always "text/csv" (RFC 4180, UTF-8, a header row).' })
  mediaType!: string;

  @Field({ description: 'The file itself.' })
  content!: string;

  @Field({ description: "SHA-256 of the file's UTF-8 bytes, in hex, as the signed document lists it." })
  sha256!: string;
}

@ObjectType({
  description:
    'A copy of everything the hub releases about the signed-on citizen (UU PDP Pasal 7, 13): a JSON document ' +
    "(format citizen360-data-export/1, described by docs/data-export.schema.json) signed with the hub's key, and " +
    'a CSV file per agency whose digests the document lists. Check it with the public key: Ed25519 over the ' +
    'UTF-8 bytes "citizen360 data export\\n" + base64(SHA-256(document)) + "\\n".',
})
export class DataExport {
  @Field(() => ID, { description: 'Export identifier (also in the document and on the access log).' })
  id!: string;

  @Field(() => Date, { description: 'When it was made.' })
  createdAt!: Date;

  @Field({ description: 'The format of the document: citizen360-data-export/1.' })
  format!: string;

  @Field({ description: 'The package: a JSON document, exactly the bytes the signature covers.' })
  document!: string;

  @Field({ description: "Ed25519 signature of the document by the hub's key, base64." })
  signature!: string;

  @Field({ description: "The id of the hub's key (as on the access log's checkpoints)." })
  keyId!: string;

  @Field({ description: "The hub's public key, PEM (SPKI)." })
  publicKey!: string;

  @Field(() => [DataExportFile], { description: 'One CSV file per agency.' })
  files!: DataExportFile[];
}
