import { Field, InputType, Int, ObjectType } from 'type-graphql';

/** The nine elements of Permenpan-RB 14/2017, each scored 1 (tidak baik) to 4 (sangat baik). */
@InputType({ description: 'Your scores, 1 (poor) to 4 (very good), on the nine elements of the survey.' })
export class SkmScoresInput {
  @Field(() => Int, { description: 'U1 Persyaratan: the requirements.' })
  requirements!: number;

  @Field(() => Int, { description: 'U2 Sistem, mekanisme dan prosedur: the procedure.' })
  procedure!: number;

  @Field(() => Int, { description: 'U3 Waktu penyelesaian: the time it took.' })
  completionTime!: number;

  @Field(() => Int, { description: 'U4 Biaya/tarif: the fee.' })
  fee!: number;

  @Field(() => Int, { description: 'U5 Produk spesifikasi jenis pelayanan: what was delivered.' })
  product!: number;

  @Field(() => Int, { description: "U6 Kompetensi pelaksana: the officers' competence." })
  competence!: number;

  @Field(() => Int, { description: "U7 Perilaku pelaksana: the officers' behaviour." })
  behaviour!: number;

  @Field(() => Int, { description: 'U8 Penanganan pengaduan, saran dan masukan: complaint handling.' })
  complaintHandling!: number;

  @Field(() => Int, { description: 'U9 Sarana dan prasarana: the facilities.' })
  facilities!: number;
}

@ObjectType({ description: 'A survey answer received: it is kept without your name.' })
export class SurveyReceipt {
  @Field(() => String, { description: 'The application it followed.' })
  applicationId!: string;

  @Field(() => Date, { description: 'When it was received.' })
  submittedAt!: Date;
}
