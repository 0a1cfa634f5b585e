// Writes data/budget/temuco-2024-demo-ilustrativo.csv: an ILLUSTRATIVE municipal budget for the demo institution
// (Municipalidad de Temuco, 2024) in the cabildo-csv format (src/modules/budget/import/FORMAT.md). The figures are made
// up to look like a large municipality's accounts — the municipal clasificador under the 115/215 prefixes, a balanced
// budget, the FCM and permisos de circulación flows, technology codes — and are NOT Temuco's real accounts.
//
// Each leaf below gives its initial amount (millions of pesos), how the current budget moved from it, the share of the
// current budget executed in the year, and how that execution falls over the months. The script adds the parent rows
// (their sums), balances gastos against ingresos with the civil works line (31.02.004), spreads each year's execution
// over the months with whole pesos that add up exactly, and makes amounts not round (a deterministic offset per code).
// Run: npx tsx scripts/make-temuco-demo-budget.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Profile = keyof typeof PROFILES;
/** Monthly weights of each execution pattern. */
const PROFILES = {
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  // Aguinaldos of Fiestas Patrias (September) and Christmas (December).
  personal: [1, 1, 1, 1, 1, 1, 1, 1, 1.15, 1, 1, 1.3],
  // Patentes municipales are paid by semester, in January and July.
  patentes: [40, 2, 2, 2, 2, 2, 40, 2, 2, 2, 2, 2],
  // Permisos de circulación are renewed in March.
  circulacion: [2, 2, 70, 6, 3, 2, 2, 2, 3, 2, 2, 4],
  // Contribuciones (impuesto territorial) fall due in April, June, September and November.
  territorial: [0, 0, 0, 25, 0, 25, 0, 0, 25, 0, 0, 25],
  // Works and purchases are tendered first and paid later in the year.
  inversion: [0.2, 0.4, 0.6, 0.8, 1, 1, 1.2, 1.4, 1.6, 1.8, 2, 3],
  enero: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
} as const;

/** [code, name, initial M$, current / initial, executed / current, profile] */
type Leaf = [string, string, number, number, number, Profile];
const LEAVES: Leaf[] = [
  ['115.03.01.001', 'Patentes Municipales', 14_200, 1.02, 1.01, 'patentes'],
  ['115.03.01.002', 'Derechos de Aseo', 4_100, 1, 0.97, 'flat'],
  ['115.03.01.003', 'Otros Derechos', 3_600, 1.04, 1.02, 'flat'],
  ['115.03.01.004', 'Derechos de Explotación', 250, 1, 0.94, 'flat'],
  ['115.03.01.999', 'Otras', 180, 1, 0.9, 'flat'],
  ['115.03.02.001.001', 'Permisos de Circulación de Beneficio Municipal', 4_400, 1.03, 1.01, 'circulacion'],
  ['115.03.02.001.002', 'Permisos de Circulación de Beneficio Fondo Común Municipal', 7_400, 1.03, 1.01, 'circulacion'],
  ['115.03.02.002', 'Licencias de Conducir y Similares', 950, 1.05, 1.03, 'flat'],
  ['115.03.02.999', 'Otros', 120, 1, 0.92, 'flat'],
  ['115.03.03', 'Participación en Impuesto Territorial - Art. 37 DL N° 3.063', 9_800, 1, 0.99, 'territorial'],
  ['115.05.03.002', 'De la Subsecretaría de Desarrollo Regional y Administrativo', 2_300, 1.12, 0.96, 'flat'],
  ['115.05.03.007', 'Del Tesoro Público', 1_150, 1.2, 1, 'flat'],
  ['115.05.03.099', 'De Otras Entidades Públicas', 850, 1.3, 0.88, 'flat'],
  ['115.06.01', 'Arriendo de Activos No Financieros', 210, 1, 0.95, 'flat'],
  ['115.06.03', 'Intereses', 640, 1.1, 1.04, 'flat'],
  ['115.07.02', 'Venta de Servicios', 380, 1, 0.93, 'flat'],
  ['115.08.01.001', 'Reembolso Art. 4 Ley N° 19.345', 90, 1, 0.9, 'flat'],
  ['115.08.01.002', 'Recuperaciones Art. 12 Ley N° 18.196 y Ley N° 19.117 Art. Único', 820, 1, 1.05, 'flat'],
  ['115.08.02.001', 'Multas - De Beneficio Municipal', 2_100, 1, 0.91, 'flat'],
  ['115.08.02.002', 'Multas Art. 14, N° 6, Ley N° 18.695 - De Beneficio Fondo Común Municipal', 450, 1, 0.95, 'flat'],
  ['115.08.03', 'Participación del Fondo Común Municipal - Art. 38 DL N° 3.063', 36_500, 1.04, 1, 'flat'],
  ['115.08.99', 'Otros', 640, 1, 0.86, 'flat'],
  ['115.13.03.002', 'De la Subsecretaría de Desarrollo Regional y Administrativo', 3_400, 1.35, 0.72, 'inversion'],
  ['115.13.03.005', 'Del Tesoro Público', 600, 1, 0.8, 'inversion'],
  ['115.13.03.099', 'De Otras Entidades Públicas', 5_200, 1.45, 0.64, 'inversion'],
  ['115.15', 'Saldo Inicial de Caja', 3_000, 2.87, 1, 'enero'],

  ['215.21.01.001', 'Sueldos y Sobresueldos', 14_800, 1.03, 0.98, 'personal'],
  ['215.21.01.002', 'Aportes del Empleador', 650, 1.03, 0.97, 'personal'],
  ['215.21.01.003', 'Asignaciones por Desempeño', 2_900, 1, 0.96, 'personal'],
  ['215.21.01.004', 'Remuneraciones Variables', 900, 1.1, 0.95, 'personal'],
  ['215.21.01.005', 'Aguinaldos y Bonos', 520, 1.05, 0.99, 'personal'],
  ['215.21.02.001', 'Sueldos y Sobresueldos', 7_400, 1.04, 0.97, 'personal'],
  ['215.21.02.002', 'Aportes del Empleador', 330, 1.04, 0.97, 'personal'],
  ['215.21.02.003', 'Asignaciones por Desempeño', 1_200, 1, 0.96, 'personal'],
  ['215.21.02.004', 'Remuneraciones Variables', 420, 1.08, 0.94, 'personal'],
  ['215.21.02.005', 'Aguinaldos y Bonos', 290, 1.05, 0.99, 'personal'],
  ['215.21.03.001', 'Honorarios a Suma Alzada - Personas Naturales', 2_600, 1.06, 0.93, 'flat'],
  ['215.21.03.004', 'Remuneraciones Reguladas por el Código del Trabajo', 1_100, 1, 0.95, 'flat'],
  ['215.21.04.004', 'Prestaciones de Servicios Comunitarios', 5_900, 1.08, 0.94, 'flat'],
  ['215.22.01.001', 'Para Personas', 180, 1, 0.82, 'flat'],
  ['215.22.02.002', 'Vestuario, Accesorios y Prendas Diversas', 140, 1, 0.78, 'inversion'],
  ['215.22.03.001', 'Para Vehículos', 620, 1.05, 0.92, 'flat'],
  ['215.22.04.001', 'Materiales de Oficina', 160, 1, 0.85, 'flat'],
  ['215.22.04.009', 'Insumos, Repuestos y Accesorios Computacionales', 210, 1.05, 0.83, 'flat'],
  ['215.22.04.010', 'Materiales para Mantenimiento y Reparaciones de Inmuebles', 380, 1, 0.8, 'flat'],
  ['215.22.04.012', 'Otros Materiales, Repuestos y Útiles Diversos', 290, 1, 0.81, 'flat'],
  ['215.22.05.001', 'Electricidad', 4_300, 1.06, 0.97, 'flat'],
  ['215.22.05.002', 'Agua', 520, 1, 0.95, 'flat'],
  ['215.22.05.005', 'Telefonía Fija', 95, 1, 0.9, 'flat'],
  ['215.22.05.006', 'Telefonía Celular', 110, 1, 0.92, 'flat'],
  ['215.22.05.007', 'Acceso a Internet', 185, 1.1, 0.94, 'flat'],
  ['215.22.05.008', 'Enlaces de Telecomunicaciones', 140, 1, 0.96, 'flat'],
  ['215.22.06.001', 'Mantenimiento y Reparación de Edificaciones', 420, 1.15, 0.77, 'inversion'],
  ['215.22.06.002', 'Mantenimiento y Reparación de Vehículos', 260, 1, 0.88, 'flat'],
  ['215.22.06.007', 'Mantenimiento y Reparación de Equipos Informáticos', 75, 1, 0.84, 'flat'],
  ['215.22.07.001', 'Servicios de Publicidad', 240, 1, 0.86, 'flat'],
  ['215.22.07.002', 'Servicios de Impresión', 130, 1, 0.83, 'flat'],
  ['215.22.08.001', 'Servicios de Aseo', 11_200, 1.05, 0.98, 'flat'],
  ['215.22.08.002', 'Servicios de Vigilancia', 1_300, 1.08, 0.95, 'flat'],
  ['215.22.08.003', 'Servicios de Mantención de Jardines', 3_100, 1.02, 0.96, 'flat'],
  ['215.22.08.004', 'Servicios de Mantención de Alumbrado Público', 1_450, 1, 0.94, 'flat'],
  ['215.22.08.005', 'Servicios de Mantención de Semáforos', 260, 1, 0.93, 'flat'],
  ['215.22.08.007', 'Pasajes, Fletes y Bodegajes', 90, 1, 0.8, 'flat'],
  ['215.22.08.011', 'Servicios de Producción y Desarrollo de Eventos', 780, 1.2, 0.9, 'flat'],
  ['215.22.09.002', 'Arriendo de Edificios', 420, 1, 0.97, 'flat'],
  ['215.22.09.003', 'Arriendo de Vehículos', 560, 1.05, 0.93, 'flat'],
  ['215.22.09.006', 'Arriendo de Equipos Informáticos', 230, 1, 0.95, 'flat'],
  ['215.22.11.002', 'Cursos de Capacitación', 120, 1, 0.74, 'inversion'],
  ['215.22.11.003.001', 'Licencias y Soporte de Sistemas Municipales', 410, 1.05, 0.96, 'flat'],
  ['215.22.11.003.002', 'Servicios de Alojamiento en la Nube', 280, 1.1, 0.9, 'flat'],
  ['215.22.11.999', 'Otros', 350, 1, 0.85, 'flat'],
  ['215.22.12.002', 'Gastos Menores', 45, 1, 0.8, 'flat'],
  ['215.22.12.003', 'Gastos de Representación, Protocolo y Ceremonial', 60, 1, 0.75, 'flat'],
  ['215.23.01.004', 'Desahucios e Indemnizaciones', 380, 1.2, 0.9, 'inversion'],
  ['215.24.01.001', 'Fondos de Emergencia', 150, 1.5, 0.85, 'flat'],
  ['215.24.01.004', 'Organizaciones Comunitarias', 1_100, 1.05, 0.92, 'inversion'],
  ['215.24.01.005', 'Otras Personas Jurídicas Privadas', 900, 1, 0.9, 'flat'],
  ['215.24.01.007', 'Asistencia Social a Personas Naturales', 1_400, 1.1, 0.95, 'flat'],
  ['215.24.01.008', 'Premios y Otros', 90, 1, 0.7, 'inversion'],
  ['215.24.03.080', 'A las Asociaciones', 85, 1, 1, 'enero'],
  ['215.24.03.090', 'Al Fondo Común Municipal - Permisos de Circulación', 7_400, 1.03, 1.01, 'circulacion'],
  ['215.24.03.092', 'Al Fondo Común Municipal - Multas', 450, 1, 0.95, 'flat'],
  ['215.24.03.101.001', 'A Educación', 4_800, 1.1, 0.98, 'flat'],
  ['215.24.03.101.002', 'A Salud', 5_600, 1.12, 0.99, 'flat'],
  ['215.26.01', 'Devoluciones', 95, 1, 0.7, 'flat'],
  ['215.26.02', 'Compensaciones por Daños a Terceros y/o a la Propiedad', 120, 1, 0.6, 'flat'],
  ['215.29.03', 'Vehículos', 450, 1.3, 0.8, 'inversion'],
  ['215.29.04', 'Mobiliario y Otros', 160, 1, 0.75, 'inversion'],
  ['215.29.05.001', 'Máquinas y Equipos de Oficina', 45, 1, 0.7, 'inversion'],
  ['215.29.05.999', 'Otras', 210, 1, 0.72, 'inversion'],
  ['215.29.06.001', 'Equipos Computacionales y Periféricos', 380, 1.15, 0.81, 'inversion'],
  ['215.29.06.002', 'Equipos de Comunicaciones para Redes Informáticas', 120, 1, 0.78, 'inversion'],
  ['215.29.07.001', 'Programas Computacionales', 160, 1, 0.85, 'inversion'],
  ['215.29.07.002', 'Sistemas de Información', 290, 1.25, 0.62, 'inversion'],
  ['215.31.02.002', 'Consultorías', 620, 1.1, 0.58, 'inversion'],
  ['215.31.02.004', 'Obras Civiles', 0, 1, 0.55, 'inversion'], // balances the budget: see balance() below
  ['215.31.02.005', 'Equipamiento', 380, 1.2, 0.6, 'inversion'],
  ['215.34.07', 'Deuda Flotante', 2_300, 1.4, 0.98, 'enero'],
  ['215.35', 'Saldo Final de Caja', 100, 1, 0, 'flat'],
];
const BALANCING = '215.31.02.004';

/** Parent rows: the totals of each prefix, subtítulo and ítem (and the asignaciones split into sub-asignaciones). */
const PARENTS: Record<string, string> = {
  '115': 'Total Ingresos', '215': 'Total Gastos',
  '115.03': 'TRIBUTOS SOBRE EL USO DE BIENES Y LA REALIZACIÓN DE ACTIVIDADES', '115.03.01': 'Patentes y Tasas por Derechos',
  '115.03.02': 'Permisos y Licencias', '115.03.02.001': 'Permisos de Circulación',
  '115.05': 'TRANSFERENCIAS CORRIENTES', '115.05.03': 'De Otras Entidades Públicas',
  '115.06': 'RENTAS DE LA PROPIEDAD', '115.07': 'INGRESOS DE OPERACIÓN',
  '115.08': 'OTROS INGRESOS CORRIENTES', '115.08.01': 'Recuperaciones y Reembolsos por Licencias Médicas', '115.08.02': 'Multas y Sanciones Pecuniarias',
  '115.13': 'TRANSFERENCIAS PARA GASTOS DE CAPITAL', '115.13.03': 'De Otras Entidades Públicas',
  '215.21': 'GASTOS EN PERSONAL', '215.21.01': 'Personal de Planta', '215.21.02': 'Personal a Contrata', '215.21.03': 'Otras Remuneraciones', '215.21.04': 'Otros Gastos en Personal',
  '215.22': 'BIENES Y SERVICIOS DE CONSUMO', '215.22.01': 'Alimentos y Bebidas', '215.22.02': 'Textiles, Vestuario y Calzado', '215.22.03': 'Combustibles y Lubricantes',
  '215.22.04': 'Materiales de Uso o Consumo', '215.22.05': 'Servicios Básicos', '215.22.06': 'Mantenimiento y Reparaciones', '215.22.07': 'Publicidad y Difusión',
  '215.22.08': 'Servicios Generales', '215.22.09': 'Arriendos', '215.22.11': 'Servicios Técnicos y Profesionales', '215.22.11.003': 'Servicios Informáticos',
  '215.22.12': 'Otros Gastos en Bienes y Servicios de Consumo',
  '215.23': 'PRESTACIONES DE SEGURIDAD SOCIAL', '215.23.01': 'Prestaciones Previsionales',
  '215.24': 'TRANSFERENCIAS CORRIENTES', '215.24.01': 'Al Sector Privado', '215.24.03': 'A Otras Entidades Públicas', '215.24.03.101': 'A Servicios Incorporados a su Gestión',
  '215.26': 'OTROS GASTOS CORRIENTES', '215.29': 'ADQUISICIÓN DE ACTIVOS NO FINANCIEROS', '215.29.05': 'Máquinas y Equipos',
  '215.29.06': 'Equipos Informáticos', '215.29.07': 'Programas Informáticos',
  '215.31': 'INICIATIVAS DE INVERSIÓN', '215.31.02': 'Proyectos', '215.34': 'SERVICIO DE LA DEUDA',
};

/** A deterministic number from a code, so amounts look like accounts (not round) and months vary a little. */
const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_003, 7);

interface Row { code: string; name: string; inicial: bigint; vigente: bigint; months: bigint[] }

/** `total` whole pesos over the months in proportion to the weights (jittered ±5 % for flat patterns); exact sum. */
function spread(total: bigint, profile: Profile, code: string): bigint[] {
  const weights = PROFILES[profile].map((w, m) => (profile === 'flat' || profile === 'personal' ? w * (1 + ((hash(code) * (m + 3)) % 11 - 5) / 100) : w));
  const sum = weights.reduce((a, b) => a + b, 0);
  const months = weights.map((w) => BigInt(Math.floor((Number(total) * w) / sum)));
  const last = weights.findLastIndex((w) => w > 0);
  months[last] += total - months.reduce((a, b) => a + b, 0n);
  return months;
}

const pesos = (millions: number, code: string) => (millions === 0 ? 0n : BigInt(Math.round(millions * 1_000_000)) + BigInt(hash(code) % 999_983));
const scaled = (amount: bigint, factor: number) => (amount * BigInt(Math.round(factor * 10_000))) / 10_000n;

function leafRows(): Row[] {
  const rows = LEAVES.map(([code, name, initial, current]) => {
    const inicial = pesos(initial, code);
    return { code, name, inicial, vigente: scaled(inicial, current), months: [] as bigint[] };
  });
  // A municipal budget is balanced (ingresos = gastos, initial and current): the works line takes the difference.
  const sum = (prefix: string, key: 'inicial' | 'vigente') => rows.filter((r) => r.code.startsWith(prefix) && r.code !== BALANCING).reduce((s, r) => s + r[key], 0n);
  const works = rows.find((r) => r.code === BALANCING)!;
  works.inicial = sum('115', 'inicial') - sum('215', 'inicial');
  works.vigente = sum('115', 'vigente') - sum('215', 'vigente');
  if (works.inicial <= 0n || works.vigente <= 0n) throw new Error('the gastos exceed the ingresos: lower some gastos');
  LEAVES.forEach(([code, , , , executed, profile], i) => { rows[i].months = spread(scaled(rows[i].vigente, executed), profile, code); });
  return rows;
}

function withParents(leaves: Row[]): Row[] {
  const parents = Object.entries(PARENTS).map(([code, name]) => {
    const under = leaves.filter((l) => l.code.startsWith(`${code}.`));
    if (under.length === 0) throw new Error(`no leaf under ${code}`);
    const add = (key: 'inicial' | 'vigente') => under.reduce((s, l) => s + l[key], 0n);
    return { code, name, inicial: add('inicial'), vigente: add('vigente'), months: PROFILES.flat.map((_, m) => under.reduce((s, l) => s + l.months[m], 0n)) };
  });
  // Accounts list each node before what it contains: sorting the codes level by level does that.
  const key = (code: string) => code.split('.').map((l) => l.padStart(3, '0')).join('.');
  return [...parents, ...leaves].sort((a, b) => (key(a.code) < key(b.code) ? -1 : 1));
}

const quote = (s: string) => (/[",]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const header = 'codigo,denominacion,inicial,vigente,ene,feb,mar,abr,may,jun,jul,ago,sep,oct,nov,dic';
const lines = withParents(leafRows()).map((r) => [r.code, quote(r.name), r.inicial, r.vigente, ...r.months].join(','));
const out = join(import.meta.dirname, '../data/budget/temuco-2024-demo-ilustrativo.csv');
writeFileSync(out, `${[header, ...lines].join('\n')}\n`);
console.log(`${out}: ${lines.length} rows`);
