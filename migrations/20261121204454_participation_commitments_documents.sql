CREATE TABLE "participation_commitment_documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_commitment_documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commitment_id" integer NOT NULL,
	"milestone_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participation_commitment_documents_size" CHECK ("participation_commitment_documents"."size" > 0 and "participation_commitment_documents"."size" = octet_length("participation_commitment_documents"."content"))
);
--> statement-breakpoint
ALTER TABLE "participation_commitment_evidence" ADD COLUMN "document_id" integer;--> statement-breakpoint
ALTER TABLE "participation_commitment_documents" ADD CONSTRAINT "participation_commitment_documents_commitment_id_participation_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."participation_commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_commitment_documents" ADD CONSTRAINT "participation_commitment_documents_milestone_id_participation_commitment_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."participation_commitment_milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_commitment_documents" ADD CONSTRAINT "participation_commitment_documents_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participation_commitment_documents_commitment_idx" ON "participation_commitment_documents" USING btree ("commitment_id");--> statement-breakpoint
ALTER TABLE "participation_commitment_evidence" ADD CONSTRAINT "participation_commitment_evidence_document_id_participation_commitment_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."participation_commitment_documents"("id") ON DELETE cascade ON UPDATE no action;