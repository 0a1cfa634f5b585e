// The categories of active transparency this module publishes, with the letter of Ley 20.285 art. 7 each one
// answers and its columns (table-schema.ts). Art. 7 lists: a) estructura orgánica; b) facultades, funciones y
// atribuciones; c) marco normativo; d) planta del personal y personal a contrata y a honorarios, con las
// correspondientes remuneraciones; e) contrataciones para el suministro de bienes muebles, prestación de servicios,
// acciones de apoyo y obras, y estudios, asesorías y consultorías; f) transferencias de fondos públicos; g) actos y
// resoluciones que tengan efectos sobre terceros; h) trámites y requisitos para acceder a sus servicios; i) diseño,
// montos asignados y criterio de acceso a los programas de subsidios y otros beneficios, y nóminas de beneficiarios de
// los programas sociales en ejecución; j)–m) participation, budget, audits and participations in other entities.
// Letters a, d (two tables: the remuneration scale and the staff), e, f, g, h and i are here; the columns follow the
// Consejo para la Transparencia's usual formats, simplified.
import type { ActiveField, Bilingual, FieldType } from './table-schema.js';

export interface ActiveCategory {
  key: string;
  /** The letter of Ley 20.285 art. 7. */
  letter: string;
  title: Bilingual;
  description: Bilingual;
  fields: readonly ActiveField[];
}

type Extra = Omit<ActiveField, 'name' | 'type' | 'title'>;
const field = (name: string, type: FieldType, es: string, en: string, extra: Extra = {}): ActiveField => ({ name, type, title: { es, en }, ...extra });
const req = { required: true } as const;
const pesos = { pesos: true, minimum: 0 } as const;
const uri = { format: 'uri' } as const;

/** Estamentos of municipal staff (Ley 18.883, Estatuto Administrativo para Funcionarios Municipales). */
const ESTAMENTOS = ['Directivo', 'Profesional', 'Jefatura', 'Técnico', 'Administrativo', 'Auxiliar'] as const;
const CONTRACT_KINDS = ['Planta', 'Contrata', 'Honorarios', 'Código del Trabajo'] as const;
/** Grades of the Escala Única de Sueldos (DL 249 of 1974; municipal pay under DL 3.551), numbered up to 31. */
const grade = (required: boolean) => field('grado', 'integer', 'Grado', 'Grade', { minimum: 1, maximum: 31, ...(required ? req : {}),
  description: { es: 'Grado de la Escala Única de Sueldos.', en: 'Grade of the Escala Única de Sueldos (single pay scale).' } });

export const ACTIVE_CATEGORIES: readonly ActiveCategory[] = [
  {
    key: 'estructura-organica', letter: 'a',
    title: { es: 'Estructura orgánica', en: 'Organisational structure' },
    description: { es: 'Las unidades de la institución, de quién depende cada una y qué hace.', en: 'The institution\'s units, whom each reports to and what it does.' },
    fields: [
      field('unidad', 'string', 'Unidad', 'Unit', req),
      field('depende_de', 'string', 'Depende de', 'Reports to'),
      field('cargo_jefatura', 'string', 'Cargo de la jefatura', 'Head\'s position', req),
      field('funciones', 'string', 'Funciones', 'Functions', req),
      field('norma', 'string', 'Norma que la crea', 'Founding rule', { description: { es: 'Ley, reglamento u ordenanza.', en: 'Law, regulation or ordinance.' } }),
    ],
  },
  {
    key: 'escala-de-remuneraciones', letter: 'd',
    title: { es: 'Escala de remuneraciones', en: 'Pay scale' },
    description: { es: 'Remuneración bruta mensual por estamento y grado.', en: 'Gross monthly pay by staff category and grade.' },
    fields: [
      field('estamento', 'string', 'Estamento', 'Staff category', { ...req, enum: ESTAMENTOS }),
      grade(true),
      field('sueldo_base', 'integer', 'Sueldo base', 'Base salary', { ...req, ...pesos }),
      field('asignaciones', 'integer', 'Asignaciones', 'Allowances', pesos),
      field('remuneracion_bruta', 'integer', 'Remuneración bruta mensual', 'Gross monthly pay', { ...req, ...pesos }),
    ],
  },
  {
    key: 'personal', letter: 'd',
    title: { es: 'Personal y remuneraciones', en: 'Staff and pay' },
    description: { es: 'Personal de planta, a contrata, a honorarios y del Código del Trabajo, con su remuneración.', en: 'Permanent, fixed-term, fee-based and labour-code staff, with their pay.' },
    fields: [
      field('vinculo', 'string', 'Tipo de vínculo', 'Contract type', { ...req, enum: CONTRACT_KINDS }),
      field('nombre', 'string', 'Nombre completo', 'Full name', req),
      field('estamento', 'string', 'Estamento', 'Staff category', { enum: ESTAMENTOS }),
      grade(false),
      field('cargo', 'string', 'Cargo o función', 'Position or function', req),
      field('calificacion', 'string', 'Calificación profesional', 'Qualification'),
      field('unidad', 'string', 'Unidad', 'Unit', req),
      field('remuneracion_bruta', 'integer', 'Remuneración bruta mensual', 'Gross monthly pay', { ...req, ...pesos }),
      field('fecha_inicio', 'date', 'Fecha de inicio', 'Start date', req),
      field('fecha_termino', 'date', 'Fecha de término', 'End date'),
    ],
  },
  {
    key: 'contrataciones', letter: 'e',
    title: { es: 'Contrataciones', en: 'Contracts' },
    description: { es: 'Contratos de bienes, servicios, obras, estudios y asesorías.', en: 'Contracts for goods, services, works, studies and consultancy.' },
    fields: [
      field('tipo', 'string', 'Tipo', 'Type', { ...req, enum: ['Bienes', 'Servicios', 'Obras', 'Estudios y asesorías'] }),
      field('objeto', 'string', 'Objeto del contrato', 'Subject', req),
      field('proveedor', 'string', 'Proveedor', 'Supplier', req),
      field('id_mercado_publico', 'string', 'ID Mercado Público', 'Mercado Público ID'),
      field('acto_aprobatorio', 'string', 'Acto que lo aprueba', 'Approving act', { description: { es: 'Decreto o resolución.', en: 'Decree or resolution.' } }),
      field('fecha', 'date', 'Fecha del contrato', 'Contract date', req),
      field('monto_total', 'integer', 'Monto total', 'Total amount', { ...req, ...pesos }),
      field('fecha_inicio', 'date', 'Inicio', 'Start'),
      field('fecha_termino', 'date', 'Término', 'End'),
      field('enlace', 'string', 'Enlace', 'Link', uri),
    ],
  },
  {
    key: 'transferencias', letter: 'f',
    title: { es: 'Transferencias de fondos', en: 'Transfers of funds' },
    description: { es: 'Aportes entregados sin contraprestación a organizaciones y personas jurídicas.', en: 'Funds given without consideration to organisations.' },
    fields: [
      field('fecha', 'date', 'Fecha', 'Date', req),
      field('receptor', 'string', 'Receptor', 'Recipient', req),
      field('finalidad', 'string', 'Finalidad', 'Purpose', req),
      field('imputacion', 'string', 'Imputación presupuestaria', 'Budget line', { description: { es: 'Subtítulo, ítem y asignación.', en: 'Subtítulo, ítem and asignación.' } }),
      field('acto', 'string', 'Acto que la autoriza', 'Authorising act'),
      field('monto', 'integer', 'Monto', 'Amount', { ...req, ...pesos }),
    ],
  },
  {
    key: 'actos-con-efectos-sobre-terceros', letter: 'g',
    title: { es: 'Actos con efectos sobre terceros', en: 'Acts affecting third parties' },
    description: { es: 'Decretos, resoluciones y ordenanzas que afectan a personas fuera de la institución.', en: 'Decrees, resolutions and ordinances that affect people outside the institution.' },
    fields: [
      field('tipo', 'string', 'Tipo de acto', 'Kind of act', { ...req, enum: ['Decreto', 'Resolución', 'Ordenanza', 'Reglamento', 'Otro'] }),
      field('numero', 'string', 'Número', 'Number', req),
      field('fecha', 'date', 'Fecha', 'Date', req),
      field('materia', 'string', 'Materia', 'Subject', req),
      field('publicado_diario_oficial', 'date', 'Publicación en el Diario Oficial', 'Published in the Diario Oficial'),
      field('enlace', 'string', 'Enlace', 'Link', uri),
    ],
  },
  {
    key: 'tramites', letter: 'h',
    title: { es: 'Trámites y requisitos', en: 'Procedures and requirements' },
    description: { es: 'Qué se necesita para acceder a cada servicio de la institución, dónde y cuánto cuesta.', en: 'What each of the institution\'s services requires, where and at what cost.' },
    fields: [
      field('tramite', 'string', 'Trámite', 'Procedure', req),
      field('descripcion', 'string', 'Descripción', 'Description', req),
      field('requisitos', 'string', 'Requisitos y documentos', 'Requirements and documents', req),
      field('valor', 'integer', 'Valor', 'Fee', pesos),
      field('donde', 'string', 'Dónde se realiza', 'Where', req),
      field('en_linea', 'boolean', 'En línea', 'Online', req),
      field('enlace', 'string', 'Enlace', 'Link', uri),
    ],
  },
  {
    key: 'subsidios-y-beneficios', letter: 'i',
    title: { es: 'Subsidios y beneficios', en: 'Subsidies and benefits' },
    description: { es: 'Diseño, montos, criterios de acceso y beneficiarios de cada programa.', en: 'Design, amounts, eligibility and beneficiaries of each programme.' },
    fields: [
      field('programa', 'string', 'Programa', 'Programme', req),
      field('unidad', 'string', 'Unidad responsable', 'Responsible unit', req),
      field('objetivo', 'string', 'Objetivo y diseño', 'Aim and design', req),
      field('requisitos', 'string', 'Criterio de acceso', 'Eligibility', req),
      field('monto_asignado', 'integer', 'Monto asignado', 'Amount allocated', { ...req, ...pesos }),
      field('beneficiarios', 'integer', 'Número de beneficiarios', 'Number of beneficiaries', { minimum: 0 }),
      field('nomina', 'string', 'Nómina de beneficiarios', 'Beneficiary list', { ...uri,
        description: { es: 'Enlace a la nómina, sin datos sensibles (art. 7 i).', en: 'Link to the list, without sensitive data (art. 7 i).' } }),
    ],
  },
];

export const findCategory = (key: string) => ACTIVE_CATEGORIES.find((c) => c.key === key);
