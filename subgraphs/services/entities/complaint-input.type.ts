import { Field, ID, InputType } from 'type-graphql';
import { ComplaintCategory, ServiceCode } from './services.enums';

@InputType({ description: 'A complaint: about one of your applications, or about a service at an MPP.' })
export class ComplaintInput {
  @Field(() => ID, { nullable: true, description: 'The application complained about (then MPP and service follow).' })
  applicationId?: string | null;

  @Field(() => String, { nullable: true, description: 'The MPP, when no application is named.' })
  mppId?: string | null;

  @Field(() => ServiceCode, { nullable: true, description: 'The service, when no application is named.' })
  service?: ServiceCode | null;

  @Field(() => ComplaintCategory, { description: 'What it is about.' })
  category!: ComplaintCategory;

  @Field(() => String, { description: 'A title, 5-150 characters.' })
  title!: string;

  @Field(() => String, { description: 'What happened, 20-4,000 characters.' })
  description!: string;
}
