// The procurement demo's data (seed.ts tells the story): made-up suppliers with valid RUT check digits (never a real
// person's RUN), the three calls with their lots and criteria, and the clock the story is told on.
import { computeDv } from '../../core/identity/run.js';
import { toSantiagoDate } from '../../core/calendar/index.js';
import type { SupplierInput } from './suppliers/validation.js';
import type { CallInput, CriterionInput, LotInput } from './calls/rules.js';

export const DAY = 86_400_000;
export const TODAY = Math.floor(Date.now() / DAY) * DAY;
/** An instant `days` from today (UTC) at a whole hour: 15:00 UTC is noon in Santiago in summer. */
export const day = (days: number, hourUtc = 15) => new Date(TODAY + days * DAY + hourUtc * 3600_000);
export const date = (days: number) => toSantiagoDate(day(days));
export const rut = (numero: number) => `${numero}-${computeDv(numero)}`;

export const SUPPLIERS = {
  codigo: {
    kind: 'company', legalName: 'Código Araucanía SpA', rut: rut(77_412_583), size: 'micro', comunaCode: '09101',
    description: 'Microempresa de Temuco: sitios y aplicaciones web y móviles accesibles para servicios públicos, con software libre.',
    website: 'https://codigo-araucania.example', categories: ['software-development', 'ux-design', 'open-source-support'],
    references: [{ client: 'Municipalidad de Padre Las Casas', description: 'Portal de trámites municipales en línea', year: 2025, amount: 18_500_000 }],
  },
  nahuelbuta: {
    kind: 'cooperative', legalName: 'Cooperativa de Trabajo Tecnológico Nahuelbuta', rut: rut(65_208_147), size: 'small', comunaCode: '09201',
    description: 'Cooperativa de trabajo de Angol (Ley 19.832): desarrollo de software, soporte y capacitación digital en la provincia de Malleco.',
    categories: ['software-development', 'digital-training', 'open-source-support'],
    references: [{ client: 'Municipalidad de Collipulli', description: 'Aplicación móvil de reportes vecinales', year: 2024, amount: 9_800_000 }],
  },
  disena: {
    kind: 'association', legalName: 'Asociación Gremial de Diseño de Servicios del Sur', rut: rut(65_331_902), size: 'micro', comunaCode: '09120',
    description: 'Diseñadoras y diseñadores de servicios de La Araucanía: investigación con usuarios, prototipos y pruebas de usabilidad.',
    categories: ['ux-design', 'digital-training'],
  },
  datosSur: {
    kind: 'joint_venture', legalName: 'Unión Temporal Datos del Sur', rut: rut(77_905_316), size: 'small', comunaCode: '09101',
    description: 'Unión temporal de dos pymes de La Araucanía para analítica de datos y sistemas de información geográfica.',
    categories: ['data-analytics', 'gis-mapping'],
    members: [
      { rut: rut(76_843_220), name: 'Analítica Cautín Limitada', kind: 'company', size: 'small', comunaCode: '09101', sharePercent: 60 },
      { rut: rut(77_120_694), name: 'Geoespacial Villarrica SpA', kind: 'company', size: 'micro', comunaCode: '09120', sharePercent: 40 },
    ],
  },
  andinas: {
    kind: 'company', legalName: 'Soluciones Digitales Andinas S.A.', rut: rut(96_721_448), size: 'medium', comunaCode: '13101',
    description: 'Empresa de Santiago: desarrollo de software, nube y analítica para el sector público.',
    categories: ['software-development', 'data-analytics', 'cloud-infrastructure'],
  },
  redDigital: {
    kind: 'association', legalName: 'Asociación Comunitaria Red Digital Pueblo Nuevo', rut: rut(65_190_773), size: 'micro', comunaCode: '09101',
    description: 'Organización comunitaria de Temuco: talleres de alfabetización digital y acompañamiento en trámites en línea.',
    categories: ['digital-training', 'civic-initiative'],
  },
  lafken: {
    kind: 'cooperative', legalName: 'Cooperativa Lafken Datos Abiertos', rut: rut(65_407_259), size: 'micro', comunaCode: '09112',
    description: 'Cooperativa de Padre Las Casas que publica y explica datos públicos locales.',
    categories: ['data-analytics', 'civic-initiative'],
  },
  ciudadana: {
    kind: 'association', legalName: 'Asociación Ciudadana Temuco Transparente', rut: rut(65_288_514), size: 'micro', comunaCode: '09101',
    description: 'Vecinas y vecinos de Temuco que siguen el gasto municipal y lo explican en lenguaje claro.',
    categories: ['civic-initiative'],
  },
} satisfies Record<string, SupplierInput>;
export const lot = (l: Partial<LotInput> & Pick<LotInput, 'title' | 'budgetAmount' | 'category'>, bidsUntil: number, deliveryDays = 300): LotInput => ({
  description: '', regionCode: '09', admitCount: 2, budgetLine: '22.11.003',
  questionsUntil: day(bidsUntil - 7, 21), bidsUntil: day(bidsUntil, 18), awardBy: date(bidsUntil + 15),
  deliveryStart: date(bidsUntil + 20), deliveryEnd: date(bidsUntil + 20 + deliveryDays), ...l,
});
export const criterion = (kind: CriterionInput['kind'], name: string, weight: number, description = '', minScore: number | null = null): CriterionInput => ({
  kind, name, description, weight, minScore,
});

export const FRAMEWORK: CallInput = {
  kind: 'framework', title: 'Convenio marco de servicios de desarrollo ágil',
  description: 'El Gobierno Regional de La Araucanía contrata servicios de desarrollo ágil para sus programas y los municipios '
    + 'de la región, en lotes por provincia y especialidad, con presupuesto y calendario fijos. Cada lote admite a dos '
    + 'proveedores, que luego reciben órdenes de compra directas o por nueva competencia entre ellos. Se valoran el arraigo '
    + 'local y el tamaño de la empresa, para que pymes y cooperativas de la región puedan competir.',
  maxLotsBid: 3, maxLotsWon: 2, standstillDays: 5,
  lots: [
    lot({ title: 'Desarrollo web y móvil — Malleco', budgetAmount: 180_000_000, category: 'software-development',
      description: 'Sitios, aplicaciones móviles y trámites en línea para el GORE y los municipios de la provincia de Malleco.' }, -40),
    lot({ title: 'Datos y analítica — Cautín', budgetAmount: 120_000_000, category: 'data-analytics',
      description: 'Tableros, integración de datos y análisis territorial para la provincia de Cautín.' }, -40),
    lot({ title: 'Diseño de servicios (UX) — toda la región', budgetAmount: 60_000_000, category: 'ux-design',
      description: 'Investigación con usuarios, prototipos y pruebas de usabilidad de servicios digitales regionales.' }, -40),
  ],
  criteria: [
    criterion('price', 'Precio', 30, 'Menor precio ofertado ÷ precio de la oferta × 100.'),
    criterion('technical', 'Propuesta técnica', 35, 'Metodología ágil, calidad, accesibilidad y software libre.', 50),
    criterion('team', 'Equipo de trabajo', 15, 'Experiencia y dedicación del equipo propuesto.'),
    criterion('local', 'Arraigo local', 10, 'Proveedor de la región del comprador.'),
    criterion('sme', 'Empresa de menor tamaño', 10, 'Micro y pequeñas empresas, cooperativas y asociaciones (Ley 20.416).'),
  ],
};

export const GRANT: CallInput = {
  kind: 'grant', title: 'Fondo concursable de iniciativas digitales de la sociedad civil',
  description: 'La Municipalidad de Temuco financia, sin tomar participación, iniciativas digitales de organizaciones de la '
    + 'sociedad civil de la comuna. Las iniciativas exitosas pueden convertirse en servicios públicos digitales permanentes.',
  maxLotsBid: null, maxLotsWon: 1, standstillDays: 5,
  lots: [
    lot({ title: 'Alfabetización digital de personas mayores', budgetAmount: 12_000_000, category: 'civic-initiative', admitCount: 1,
      budgetLine: '24.01.999', description: 'Talleres en sedes vecinales y acompañamiento en trámites en línea.' }, -35, 180),
    lot({ title: 'Datos abiertos y control ciudadano', budgetAmount: 10_000_000, category: 'civic-initiative', admitCount: 1,
      budgetLine: '24.01.999', description: 'Iniciativas que usen datos públicos de la comuna para informar a la ciudadanía.' }, -3, 180),
  ],
  criteria: [
    criterion('technical', 'Impacto y calidad de la iniciativa', 50, 'A quién llega, qué cambia y cómo se medirá.', 40),
    criterion('team', 'Equipo y trayectoria de la organización', 30),
    criterion('local', 'Arraigo en la comuna', 20),
  ],
};

export const OPEN_TENDER: CallInput = {
  kind: 'single_tender', title: 'Plataforma de reservas de recintos deportivos municipales',
  description: 'Desarrollo y puesta en marcha de una plataforma para reservar canchas, gimnasios y piscinas municipales '
    + 'en línea y por teléfono, con pago electrónico y atención presencial en los recintos.',
  maxLotsBid: null, maxLotsWon: null, standstillDays: 5,
  lots: [
    lot({ title: 'Desarrollo de la plataforma', budgetAmount: 45_000_000, category: 'software-development', admitCount: 1 }, 21, 240),
    lot({ title: 'Diseño de servicio y pruebas con usuarios', budgetAmount: 15_000_000, category: 'ux-design', admitCount: 1 }, 21, 120),
  ],
  criteria: FRAMEWORK.criteria,
};

