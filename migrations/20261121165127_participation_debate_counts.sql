CREATE TABLE "participation_debate_counts" (
	"target_type" text NOT NULL,
	"target_id" integer NOT NULL,
	"for" integer DEFAULT 0 NOT NULL,
	"against" integer DEFAULT 0 NOT NULL,
	"neutral" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "participation_debate_counts_target_type_target_id_pk" PRIMARY KEY("target_type","target_id")
);
