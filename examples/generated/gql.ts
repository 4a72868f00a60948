/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Citizen360($nik: NIK!) {\n  citizen(nik: $nik) {\n    fullName\n    sex\n    birthDate\n    address {\n      street\n      rt\n      rw\n      village {\n        name\n        district {\n          name\n          regency {\n            name\n            province {\n              name\n            }\n          }\n        }\n      }\n    }\n    family {\n      kk\n      members {\n        relationship\n        citizen {\n          fullName\n        }\n      }\n    }\n    household {\n      welfareDecile\n      housing {\n        floorAreaM2\n        floorMaterial\n        drinkingWater\n        electricity\n      }\n      assets\n    }\n    eligibility {\n      pkh\n      bpnt\n      pbiJk\n      reasons\n    }\n    taxProfile {\n      npwp\n      status\n      matchingStatus\n      taxOffice {\n        name\n      }\n      filings {\n        year\n        form\n        status\n      }\n    }\n    bpjsMembership {\n      cardNumber\n      segment\n      careClass\n      status\n      statusReason\n      primaryCareFacility {\n        name\n      }\n      coverageStart\n      coverageEnd\n    }\n    ihsNumber\n    licences {\n      str {\n        number\n        profession\n      }\n      sips {\n        number\n        practiceLocation\n        validUntil\n      }\n      businesses {\n        nib\n        name\n        activities {\n          kbli\n          riskLevel\n        }\n      }\n    }\n    applications {\n      id\n      status\n    }\n  }\n}": typeof types.Citizen360Document,
    "mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    status\n    receipt\n  }\n}": typeof types.GrantConsentDocument,
    "query MyProfile {\n  me {\n    nik\n    citizen {\n      fullName\n      birthDate\n      bpjsMembership {\n        status\n      }\n    }\n    consents {\n      id\n      status\n      scopes\n      validUntil\n      client {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.MyProfileDocument,
};
const documents: Documents = {
    "query Citizen360($nik: NIK!) {\n  citizen(nik: $nik) {\n    fullName\n    sex\n    birthDate\n    address {\n      street\n      rt\n      rw\n      village {\n        name\n        district {\n          name\n          regency {\n            name\n            province {\n              name\n            }\n          }\n        }\n      }\n    }\n    family {\n      kk\n      members {\n        relationship\n        citizen {\n          fullName\n        }\n      }\n    }\n    household {\n      welfareDecile\n      housing {\n        floorAreaM2\n        floorMaterial\n        drinkingWater\n        electricity\n      }\n      assets\n    }\n    eligibility {\n      pkh\n      bpnt\n      pbiJk\n      reasons\n    }\n    taxProfile {\n      npwp\n      status\n      matchingStatus\n      taxOffice {\n        name\n      }\n      filings {\n        year\n        form\n        status\n      }\n    }\n    bpjsMembership {\n      cardNumber\n      segment\n      careClass\n      status\n      statusReason\n      primaryCareFacility {\n        name\n      }\n      coverageStart\n      coverageEnd\n    }\n    ihsNumber\n    licences {\n      str {\n        number\n        profession\n      }\n      sips {\n        number\n        practiceLocation\n        validUntil\n      }\n      businesses {\n        nib\n        name\n        activities {\n          kbli\n          riskLevel\n        }\n      }\n    }\n    applications {\n      id\n      status\n    }\n  }\n}": types.Citizen360Document,
    "mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    status\n    receipt\n  }\n}": types.GrantConsentDocument,
    "query MyProfile {\n  me {\n    nik\n    citizen {\n      fullName\n      birthDate\n      bpjsMembership {\n        status\n      }\n    }\n    consents {\n      id\n      status\n      scopes\n      validUntil\n      client {\n        id\n        name\n      }\n    }\n  }\n}": types.MyProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Citizen360($nik: NIK!) {\n  citizen(nik: $nik) {\n    fullName\n    sex\n    birthDate\n    address {\n      street\n      rt\n      rw\n      village {\n        name\n        district {\n          name\n          regency {\n            name\n            province {\n              name\n            }\n          }\n        }\n      }\n    }\n    family {\n      kk\n      members {\n        relationship\n        citizen {\n          fullName\n        }\n      }\n    }\n    household {\n      welfareDecile\n      housing {\n        floorAreaM2\n        floorMaterial\n        drinkingWater\n        electricity\n      }\n      assets\n    }\n    eligibility {\n      pkh\n      bpnt\n      pbiJk\n      reasons\n    }\n    taxProfile {\n      npwp\n      status\n      matchingStatus\n      taxOffice {\n        name\n      }\n      filings {\n        year\n        form\n        status\n      }\n    }\n    bpjsMembership {\n      cardNumber\n      segment\n      careClass\n      status\n      statusReason\n      primaryCareFacility {\n        name\n      }\n      coverageStart\n      coverageEnd\n    }\n    ihsNumber\n    licences {\n      str {\n        number\n        profession\n      }\n      sips {\n        number\n        practiceLocation\n        validUntil\n      }\n      businesses {\n        nib\n        name\n        activities {\n          kbli\n          riskLevel\n        }\n      }\n    }\n    applications {\n      id\n      status\n    }\n  }\n}"): (typeof documents)["query Citizen360($nik: NIK!) {\n  citizen(nik: $nik) {\n    fullName\n    sex\n    birthDate\n    address {\n      street\n      rt\n      rw\n      village {\n        name\n        district {\n          name\n          regency {\n            name\n            province {\n              name\n            }\n          }\n        }\n      }\n    }\n    family {\n      kk\n      members {\n        relationship\n        citizen {\n          fullName\n        }\n      }\n    }\n    household {\n      welfareDecile\n      housing {\n        floorAreaM2\n        floorMaterial\n        drinkingWater\n        electricity\n      }\n      assets\n    }\n    eligibility {\n      pkh\n      bpnt\n      pbiJk\n      reasons\n    }\n    taxProfile {\n      npwp\n      status\n      matchingStatus\n      taxOffice {\n        name\n      }\n      filings {\n        year\n        form\n        status\n      }\n    }\n    bpjsMembership {\n      cardNumber\n      segment\n      careClass\n      status\n      statusReason\n      primaryCareFacility {\n        name\n      }\n      coverageStart\n      coverageEnd\n    }\n    ihsNumber\n    licences {\n      str {\n        number\n        profession\n      }\n      sips {\n        number\n        practiceLocation\n        validUntil\n      }\n      businesses {\n        nib\n        name\n        activities {\n          kbli\n          riskLevel\n        }\n      }\n    }\n    applications {\n      id\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    status\n    receipt\n  }\n}"): (typeof documents)["mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    status\n    receipt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyProfile {\n  me {\n    nik\n    citizen {\n      fullName\n      birthDate\n      bpjsMembership {\n        status\n      }\n    }\n    consents {\n      id\n      status\n      scopes\n      validUntil\n      client {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query MyProfile {\n  me {\n    nik\n    citizen {\n      fullName\n      birthDate\n      bpjsMembership {\n        status\n      }\n    }\n    consents {\n      id\n      status\n      scopes\n      validUntil\n      client {\n        id\n        name\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;