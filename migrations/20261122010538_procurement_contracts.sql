CREATE TABLE "procurement_call_off_quotes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_call_off_quotes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"call_off_id" integer NOT NULL,
	"supplier_id" integer NOT NULL,
	"amount" bigint NOT NULL,
	"submitted_by" integer NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "procurement_call_offs" ADD COLUMN "amount" bigint;--> statement-breakpoint
ALTER TABLE "procurement_contracts" ADD COLUMN "incubator_ref" text;--> statement-breakpoint
ALTER TABLE "procurement_call_off_quotes" ADD CONSTRAINT "procurement_call_off_quotes_call_off_id_procurement_call_offs_id_fk" FOREIGN KEY ("call_off_id") REFERENCES "public"."procurement_call_offs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_call_off_quotes" ADD CONSTRAINT "procurement_call_off_quotes_supplier_id_procurement_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."procurement_suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_call_off_quotes" ADD CONSTRAINT "procurement_call_off_quotes_submitted_by_people_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_call_off_quotes_supplier_idx" ON "procurement_call_off_quotes" USING btree ("call_off_id","supplier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_contracts_award_idx" ON "procurement_contracts" USING btree ("award_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_contracts_call_off_idx" ON "procurement_contracts" USING btree ("call_off_id");--> statement-breakpoint
CREATE INDEX "procurement_contracts_call_idx" ON "procurement_contracts" USING btree ("call_id","id");