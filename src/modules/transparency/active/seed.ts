// The active-transparency demo for the municipality 'temuco': three months of every category, written as Excel in
// Chile exports them (";", thousands dots, dd-mm-yyyy) and published through the same parser and command as an
// official's upload. The months are the last three whose update was due, so the demo is "up to date" whenever it is
// installed, except acts affecting third parties, left a month behind to show the late flag. Every person, supplier
// and organisation is fictitious ("Ejemplo", "Demo"); amounts are plausible for a large comuna, not real figures.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { findInstitutionCalendar } from '../../../core/calendar/index.js';
import { findCategory } from './categories.js';
import { parseActiveCsv } from './parsing.js';
import { publishUpdate } from './commands.js';
import { latestDuePeriod, shiftPeriod } from './schedule.js';
import { today } from './service.js';

const pesos = (n: number) => Math.round(n).toLocaleString('es-CL');
const quote = (cell: string | number) => (/[;"\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell));
const csv = (header: string, rows: Array<Array<string | number>>) => [header, ...rows.map((r) => r.map(quote).join(';'))].join('\r\n');
/** The p-th day of a period, written dd-mm-yyyy. */
const day = (period: string, d: number) => `${String(d).padStart(2, '0')}-${period.slice(5)}-${period.slice(0, 4)}`;

const UNITS: Array<[string, string, string, string]> = [
  ['Alcaldía', '', 'Alcalde', 'Dirige y administra la municipalidad (Ley 18.695 art. 56)'],
  ['Concejo Municipal', '', 'Presidente del Concejo', 'Órgano normativo, resolutivo y fiscalizador'],
  ['Administración Municipal', 'Alcaldía', 'Administrador Municipal', 'Coordina las unidades y la gestión interna'],
  ['Secretaría Municipal', 'Alcaldía', 'Secretario Municipal', 'Ministro de fe; registro de decretos y organizaciones comunitarias'],
  ['Secretaría Comunal de Planificación (SECPLA)', 'Alcaldía', 'Director de SECPLA', 'Planificación, presupuesto y proyectos de inversión'],
  ['Dirección de Desarrollo Comunitario (DIDECO)', 'Administración Municipal', 'Directora de DIDECO', 'Programas sociales, organizaciones y subsidios'],
  ['Dirección de Obras Municipales', 'Administración Municipal', 'Director de Obras', 'Permisos de edificación, urbanización y recepciones'],
  ['Dirección de Tránsito y Transporte Público', 'Administración Municipal', 'Directora de Tránsito', 'Licencias de conducir y permisos de circulación'],
  ['Dirección de Administración y Finanzas', 'Administración Municipal', 'Director de Finanzas', 'Contabilidad, tesorería, personal y adquisiciones'],
  ['Dirección de Medio Ambiente, Aseo y Ornato', 'Administración Municipal', 'Directora de Medio Ambiente', 'Recolección de residuos, áreas verdes y educación ambiental'],
  ['Dirección de Control', 'Alcaldía', 'Director de Control', 'Auditoría interna y control de legalidad'],
  ['Dirección Jurídica', 'Alcaldía', 'Directora Jurídica', 'Asesoría legal y defensa judicial'],
  ['Unidad de Transparencia', 'Dirección de Control', 'Encargada de Transparencia', 'Solicitudes de acceso a la información y transparencia activa'],
];
const structure = () => csv('unidad;depende_de;cargo_jefatura;funciones', UNITS.map((u) => [...u]));

/** Gross monthly pay by grade: a geometric stretch of the Escala Única, about $3,8 M at grade 5 down to $0,8 M at grade 20. */
const grossOf = (grade: number) => 6_400_000 * 0.9 ** grade;
const ESTAMENTOS: Array<[string, number, number]> = [['Directivo', 5, 8], ['Profesional', 7, 12], ['Jefatura', 10, 13], ['Técnico', 12, 16], ['Administrativo', 14, 18], ['Auxiliar', 17, 20]];
const scale = () => csv('Estamento;Grado;Sueldo base;Asignaciones;Remuneración bruta mensual', ESTAMENTOS.flatMap(([e, from, to]) =>
  Array.from({ length: to - from + 1 }, (_, k) => {
    const gross = grossOf(from + k);
    return [e, from + k, `$ ${pesos(gross * 0.36)}`, `$ ${pesos(gross - Math.round(gross * 0.36))}`, `$ ${pesos(gross)}`];
  })));

const FIRST = ['Ana', 'Benjamín', 'Carla', 'Diego', 'Elena', 'Felipe', 'Gabriela', 'Hugo', 'Isabel', 'Joaquín', 'Karen', 'Luis', 'Marcela', 'Nicolás', 'Olga', 'Pablo'];
const ROLES: Array<[string, string, number | '', string, string, string]> = [
  ['Planta', 'Directivo', 6, 'Directora de DIDECO', 'Asistente social', 'Dirección de Desarrollo Comunitario (DIDECO)'],
  ['Planta', 'Profesional', 8, 'Arquitecto revisor', 'Arquitecto', 'Dirección de Obras Municipales'],
  ['Planta', 'Jefatura', 11, 'Jefa de Tesorería', 'Contadora auditora', 'Dirección de Administración y Finanzas'],
  ['Planta', 'Técnico', 14, 'Técnico en tránsito', 'Técnico de nivel superior', 'Dirección de Tránsito y Transporte Público'],
  ['Planta', 'Administrativo', 16, 'Oficial de partes', 'Licencia de enseñanza media', 'Secretaría Municipal'],
  ['Planta', 'Auxiliar', 19, 'Conductor', 'Licencia de enseñanza media', 'Administración Municipal'],
  ['Contrata', 'Profesional', 10, 'Encargada de Transparencia', 'Abogada', 'Unidad de Transparencia'],
  ['Contrata', 'Profesional', 12, 'Ingeniero de proyectos', 'Ingeniero civil', 'Secretaría Comunal de Planificación (SECPLA)'],
  ['Contrata', 'Técnico', 15, 'Técnica en medio ambiente', 'Técnico de nivel superior', 'Dirección de Medio Ambiente, Aseo y Ornato'],
  ['Contrata', 'Administrativo', 17, 'Administrativa de licencias', 'Licencia de enseñanza media', 'Dirección de Tránsito y Transporte Público'],
  ['Honorarios', '', '', 'Monitor deportivo', 'Profesor de educación física', 'Dirección de Desarrollo Comunitario (DIDECO)'],
  ['Honorarios', '', '', 'Apoyo en programa de vivienda', 'Trabajadora social', 'Dirección de Desarrollo Comunitario (DIDECO)'],
  ['Código del Trabajo', '', '', 'Operario de áreas verdes', '', 'Dirección de Medio Ambiente, Aseo y Ornato'],
];
const staff = (period: string, month: number) => csv('vinculo;nombre;estamento;grado;cargo;calificacion;unidad;remuneracion_bruta;fecha_inicio;fecha_termino',
  // One more person each month: the list grows as a real one does.
  ROLES.slice(0, ROLES.length - 2 + month).map(([kind, estamento, grade, cargo, calificacion, unit], i) => {
    const gross = grade === '' ? 820_000 + 95_000 * i : grossOf(grade);
    const start = kind === 'Planta' ? `01-03-${2008 + i}` : day(shiftPeriod(period, -i), 1);
    return [kind, `${FIRST[i]} Ejemplo Demo`, estamento, grade, cargo, calificacion, unit, pesos(gross), start, kind === 'Planta' ? '' : `31-12-${period.slice(0, 4)}`];
  }));

const SUPPLIERS = ['Constructora Ejemplo SpA', 'Servicios Demo Limitada', 'Comercial Ficticia del Sur SpA', 'Consultora Modelo Araucanía Ltda.'];
const CONTRACTS: Array<[string, string, number]> = [
  ['Obras', 'Mejoramiento de veredas en el sector Pueblo Nuevo', 184_500_000], ['Bienes', 'Adquisición de contenedores de residuos de 120 litros', 23_800_000],
  ['Servicios', 'Mantención de áreas verdes del sector poniente', 96_400_000], ['Estudios y asesorías', 'Actualización del Plan de Desarrollo Comunal (PLADECO)', 42_000_000],
  ['Servicios', 'Arriendo de equipos de impresión para oficinas municipales', 8_950_000], ['Bienes', 'Compra de luminarias LED para plazas', 31_250_000],
];
const contracts = (period: string, month: number) => csv('tipo;objeto;proveedor;id_mercado_publico;acto_aprobatorio;fecha;monto_total;fecha_inicio;fecha_termino',
  CONTRACTS.slice(month, month + 4).map(([kind, object, amount], i) => [kind, object, SUPPLIERS[(i + month) % 4]!, `4321-${10 + month * 4 + i}-LE${period.slice(2, 4)}`,
    `Decreto Alcaldicio N° ${1200 + month * 40 + i}`, day(period, 3 + 5 * i), pesos(amount), day(period, 10 + 4 * i), `31-12-${period.slice(0, 4)}`]));

const transfers = (period: string, month: number) => csv('fecha;receptor;finalidad;imputacion;acto;monto', [
  [day(period, 5), 'Junta de Vecinos Villa Ejemplo', 'Subvención para sede comunitaria', '24.01.004 Organizaciones comunitarias', `Decreto Alcaldicio N° ${900 + month}`, pesos(3_500_000)],
  [day(period, 12), 'Club Deportivo Demo Unido', 'Implementación deportiva para escuela de fútbol', '24.01.004 Organizaciones comunitarias', `Decreto Alcaldicio N° ${910 + month}`, pesos(1_800_000 + 150_000 * month)],
  [day(period, 20), 'Corporación Cultural Ficticia de Temuco', 'Temporada de teatro en barrios', '24.01.005 Otras personas jurídicas privadas', `Decreto Alcaldicio N° ${920 + month}`, pesos(12_000_000)],
]);

const acts = (period: string, month: number) => csv('tipo;numero;fecha;materia;publicado_diario_oficial;enlace', [
  ['Decreto', String(1500 + month * 30), day(period, 4), 'Fija horario de funcionamiento de la feria libre Pichi Cautín', '', ''],
  ['Ordenanza', String(20 + month), day(period, 15), 'Ordenanza de derechos municipales por servicios de aseo', day(period, 25), 'https://www.leychile.cl/'],
  ['Resolución', String(300 + month * 12), day(period, 22), 'Otorga permiso de ocupación de bien nacional de uso público a Comercial Ficticia del Sur SpA', '', ''],
]);

const procedures = () => csv('tramite;descripcion;requisitos;valor;donde;en_linea;enlace', [
  ['Permiso de circulación', 'Pago anual del permiso de circulación de vehículos', 'Certificado de revisión técnica, seguro obligatorio y permiso anterior', '', 'Dirección de Tránsito y en línea', 'sí', 'https://www.example.org/permisos'],
  ['Patente comercial', 'Autorización para ejercer una actividad comercial en la comuna', 'Inicio de actividades en el SII, contrato de arriendo o título de dominio, informe sanitario si corresponde', '', 'Dirección de Administración y Finanzas', 'no', ''],
  ['Certificado de número', 'Certifica el número municipal asignado a una propiedad', 'Rol de avalúo de la propiedad', pesos(4_250), 'Dirección de Obras Municipales', 'sí', 'https://www.example.org/certificados'],
  ['Licencia de conducir clase B', 'Primera licencia para vehículos particulares', 'Cédula de identidad, certificado de estudios, exámenes teórico, práctico y psicotécnico', pesos(38_500), 'Dirección de Tránsito y Transporte Público', 'no', ''],
  ['Registro Social de Hogares', 'Ingreso o actualización del registro para postular a beneficios sociales', 'Cédula de identidad de los integrantes del hogar', pesos(0), 'DIDECO y en línea', 'sí', 'https://www.registrosocial.gob.cl/'],
]);

const subsidies = (month: number) => csv('programa;unidad;objetivo;requisitos;monto_asignado;beneficiarios;nomina', [
  ['Subsidio al consumo de agua potable (Ley 18.778)', 'DIDECO', 'Cubre parte de la cuenta de agua de hogares vulnerables', 'Registro Social de Hogares y cuenta al día', pesos(145_000_000), 4_120 + 35 * month, ''],
  ['Becas municipales de educación superior', 'DIDECO', 'Apoyo anual para estudiantes de la comuna', 'Residencia en la comuna, matrícula vigente y tramo del RSH', pesos(96_000_000), 320, ''],
  ['Ayuda social de emergencia', 'DIDECO', 'Alimentos, materiales y enseres ante emergencias', 'Informe social', pesos(60_000_000), 610 + 48 * month, ''],
]);

/** Seeds the demo for 'temuco' (a no-op if the institution is missing); returns the updates published. */
export async function seedActiveDemo(tx: Tx): Promise<number> {
  const [temuco] = await tx.select({ id: institutions.id }).from(institutions).where(eq(institutions.slug, 'temuco'));
  if (!temuco) return 0;
  const latest = latestDuePeriod(today(), await findInstitutionCalendar(tx, temuco.id)).period;
  const publisher = { personId: null, name: 'Unidad de Transparencia (demo)' };
  let published = 0;
  for (const month of [0, 1, 2]) {
    const period = shiftPeriod(latest, month - 2);
    const files: Record<string, string> = {
      'estructura-organica': structure(), 'escala-de-remuneraciones': scale(), personal: staff(period, month), contrataciones: contracts(period, month),
      transferencias: transfers(period, month), tramites: procedures(), 'subsidios-y-beneficios': subsidies(month),
      ...(month < 2 ? { 'actos-con-efectos-sobre-terceros': acts(period, month) } : {}),
    };
    for (const [key, text] of Object.entries(files)) {
      const bytes = Buffer.from(text, 'utf8');
      const parsed = parseActiveCsv(bytes, findCategory(key)!.fields);
      if (!parsed.ok) throw new Error(`active demo ${key} ${period}: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
      await publishUpdate(tx, { institutionId: temuco.id, category: key, period, fileName: `${key}-${period}.csv`, bytes, rows: parsed.rows }, publisher);
      published += 1;
    }
  }
  return published;
}
