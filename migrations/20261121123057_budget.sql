CREATE TABLE "budget_datasets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "budget_datasets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"cube" text NOT NULL,
	"year" smallint NOT NULL,
	"format" text NOT NULL,
	"kind" text NOT NULL,
	"source_names" text[] NOT NULL,
	"checksum" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"fact_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_facts" (
	"dataset_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"inicial" bigint,
	"vigente" bigint,
	"ejecutado" bigint,
	"mes" smallint,
	"tecnologia" boolean NOT NULL,
	"partida" text NOT NULL,
	"capitulo" text NOT NULL,
	"programa" text NOT NULL,
	"subtitulo" text NOT NULL,
	"item" text NOT NULL,
	"asignacion" text NOT NULL,
	"tipo" text NOT NULL,
	"moneda" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_labels" (
	"dataset_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"partida" text NOT NULL,
	"capitulo" text NOT NULL,
	"programa" text NOT NULL,
	"subtitulo" text NOT NULL,
	"item" text NOT NULL,
	"asignacion" text NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "budget_labels_dataset_id_partida_capitulo_programa_subtitulo_item_asignacion_pk" PRIMARY KEY("dataset_id","partida","capitulo","programa","subtitulo","item","asignacion")
);
--> statement-breakpoint
CREATE TABLE "budget_technology_rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "budget_technology_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"label" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "budget_datasets" ADD CONSTRAINT "budget_datasets_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_facts" ADD CONSTRAINT "budget_facts_dataset_id_budget_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."budget_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_labels" ADD CONSTRAINT "budget_labels_dataset_id_budget_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."budget_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_technology_rules" ADD CONSTRAINT "budget_technology_rules_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_datasets_cube_idx" ON "budget_datasets" USING btree ("cube");--> statement-breakpoint
CREATE INDEX "budget_datasets_institution_idx" ON "budget_datasets" USING btree ("institution_id","year");--> statement-breakpoint
CREATE INDEX "budget_facts_dataset_idx" ON "budget_facts" USING btree ("dataset_id");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_technology_rules_code_idx" ON "budget_technology_rules" USING btree ("code");--> statement-breakpoint
-- Technology spending codes of the clasificador presupuestario (Decreto 854/2004, Hacienda), as listed in the budget
-- data's SOURCES.md; officials may add, relabel or deactivate rules afterwards (modules/budget/technology.ts).
INSERT INTO "budget_technology_rules" ("code", "label") VALUES
  ('29.06', 'Equipos Informáticos'),
  ('29.07', 'Programas Informáticos'),
  ('22.04.009', 'Insumos, Repuestos y Accesorios Computacionales'),
  ('22.05.007', 'Acceso a Internet'),
  ('22.05.008', 'Enlaces de Telecomunicaciones'),
  ('22.06.007', 'Mantenimiento y Reparación de Equipos Informáticos'),
  ('22.09.006', 'Arriendo de Equipos Informáticos'),
  ('22.11.003', 'Servicios Informáticos');
