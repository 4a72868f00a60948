import { Directive, Field, ObjectType } from 'type-graphql';
import { sensitive } from '../../../schema/scopes';

@ObjectType({ description: 'A follow-up of a complaint by the agency, as SP4N-LAPOR! records it (tindak lanjut).' })
export class LaporFollowUp {
  @Field(() => Date, { description: 'When.' })
  at!: Date;

  @Field(() => String, { description: 'What the agency answered.' })
  content!: string;
}

@ObjectType({
  description:
    'A complaint in the shape of an SP4N-LAPOR! complaint record (the national complaints system): the ' +
    'complainant is not named, the record is confidential.',
})
export class LaporComplaint {
  @Field(() => String, { description: 'Tracking id (nomor pelacakan): the complaint id.' })
  trackingId!: string;

  @Field(() => String, { description: 'Judul laporan.' })
  title!: string;

  @Field(() => String, { description: 'Isi laporan.' })
  content!: string;

  @Field(() => String, { description: 'Kategori.' })
  category!: string;

  @Field(() => String, { description: 'Instansi tujuan: the agency responsible for the service.' })
  destinationAgency!: string;

  @Field(() => String, { description: 'Lokasi: Kemendagri regency or city code of the MPP.' })
  regencyCode!: string;

  @Field(() => Date, { description: 'Tanggal laporan.' })
  submittedAt!: Date;

  @Field(() => String, { description: 'Sumber (channel): MPP Digital.' })
  channel!: string;

  @Field(() => Boolean, { description: 'Anonim: whether the complainant withheld who they are from the agency.' })
  anonymous!: boolean;

  @Field(() => Boolean, { description: 'Rahasia: whether the complaint is hidden from the public.' })
  confidential!: boolean;

  @Field(() => String, { description: "Status in LAPOR!'s words: Belum Ditindaklanjuti, Proses or Selesai." })
  status!: string;

  @Field(() => String, { description: 'When an answer is due (YYYY-MM-DD).' })
  dueOn!: string;

  @Directive(sensitive('services.complaint'))
  @Field(() => [LaporFollowUp], { nullable: true, description: "The agency's follow-ups, oldest first." })
  followUps!: LaporFollowUp[];
}
