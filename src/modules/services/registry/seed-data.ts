// The registry's demo content (invented, illustrative): La Araucanía's regional programme and Temuco's lab, and six
// services at different phases with dated histories over 2024–2026, some with their transparency box complete and
// some with gaps (shown "no disponible"). Demo URLs live under demo.cabildo.cl.
import type { Phase } from '../phases.js';
import type { Accessibility, Reach, Theme, UserType } from './schema.js';

export const DEMO_INCUBATORS = [
  { slug: 'govtech-araucania', name: 'Incubadora GovTech Araucanía', kind: 'regional_programme' as const, host: 'gore-la-araucania', regionCode: '09',
    description: 'Programa del Gobierno Regional que acompaña a municipios de La Araucanía a crear servicios digitales con sus vecinas y vecinos.' },
  { slug: 'laboratorio-temuco', name: 'Laboratorio de Innovación Municipal de Temuco', kind: 'institution' as const, host: 'temuco', regionCode: null,
    description: 'Equipo de la Municipalidad de Temuco que investiga y construye servicios con las direcciones municipales.' },
];

export interface DemoService {
  slug: string; title: string; mission: string; incubator: string; lead: string; leadTitle: string; sponsors: string[];
  team: Array<{ name: string; role: string }>; userTypes: UserType[]; themes: Theme[]; reach: Reach;
  link?: string; repository?: string; contact?: string; accessibility?: Accessibility; accessibilityUrl?: string; riskAnalysisUrl?: string;
  phases: Array<{ phase: Phase; startedOn: string; note?: string }>;
}

const TEMUCO = 'funcionaria.temuco@demo.cabildo.cl';
const GORE = 'gore.araucania@demo.cabildo.cl';
const demo = (path: string) => `https://${path}.demo.cabildo.cl`;

export const DEMO_SERVICES: DemoService[] = [
  { slug: 'permisos-edificacion-en-linea', title: 'Permisos de edificación en línea', incubator: 'laboratorio-temuco', lead: TEMUCO,
    leadTitle: 'Arquitecta de la Dirección de Obras Municipales', sponsors: ['temuco'],
    mission: 'Quienes piden un permiso de edificación en Temuco van varias veces a la Dirección de Obras, esperan semanas sin saber en qué estado está su expediente y se enteran tarde de las observaciones.',
    team: [{ name: 'Camila Huenchumán', role: 'Diseño de servicio' }, { name: 'Rodrigo Sepúlveda', role: 'Desarrollo' }, { name: 'Paula Ancamil', role: 'Revisora de expedientes DOM' }],
    userTypes: ['residents', 'businesses'], themes: ['permits', 'housing'], reach: 'comunal',
    link: demo('permisos'), repository: 'https://git.demo.cabildo.cl/temuco/permisos-edificacion', contact: 'https://permisos.demo.cabildo.cl/contacto',
    accessibility: 'partially', accessibilityUrl: demo('permisos') + '/accesibilidad',
    phases: [{ phase: 'investigacion', startedOn: '2024-09-02' }, { phase: 'construccion', startedOn: '2025-03-03', note: 'Primera versión con diez arquitectos de la comuna.' },
      { phase: 'aceleracion', startedOn: '2025-11-03', note: 'Abierto a todas las solicitudes de obra menor.' }] },
  { slug: 'asistente-postulacion-escolar', title: 'Asistente de postulación escolar', incubator: 'govtech-araucania', lead: GORE,
    leadTitle: 'Coordinador del programa GovTech regional', sponsors: ['gore-la-araucania', 'temuco', 'padre-las-casas', 'subdere'],
    mission: 'Muchas familias no entienden cómo funciona la postulación a establecimientos educacionales, postulan tarde o a un solo colegio y quedan sin vacante cerca de su casa.',
    team: [{ name: 'Javiera Llancaqueo', role: 'Investigación con usuarias' }, { name: 'Matías Riquelme', role: 'Desarrollo' }, { name: 'Andrea Painemal', role: 'Contenidos y lenguaje claro' }],
    userTypes: ['residents', 'schools'], themes: ['education'], reach: 'national',
    link: demo('postulacion'), repository: 'https://git.demo.cabildo.cl/araucania/asistente-postulacion', contact: 'https://postulacion.demo.cabildo.cl/ayuda',
    accessibility: 'fully', accessibilityUrl: demo('postulacion') + '/accesibilidad', riskAnalysisUrl: demo('postulacion') + '/analisis-de-riesgos',
    phases: [{ phase: 'investigacion', startedOn: '2024-03-04' }, { phase: 'construccion', startedOn: '2024-08-05' },
      { phase: 'aceleracion', startedOn: '2025-03-03' }, { phase: 'consolidacion', startedOn: '2026-03-02', note: 'Usado por familias de todas las regiones en el proceso 2026.' }] },
  { slug: 'agenda-horas-cesfam', title: 'Agenda de horas en CESFAM', incubator: 'laboratorio-temuco', lead: TEMUCO,
    leadTitle: 'Profesional del Departamento de Salud Municipal', sponsors: ['temuco', 'padre-las-casas'],
    mission: 'Para pedir hora en el CESFAM hay que hacer fila desde la madrugada o llamar decenas de veces; las personas mayores y quienes trabajan pierden la hora o dejan de controlarse.',
    team: [{ name: 'Felipe Catrileo', role: 'Desarrollo' }, { name: 'Daniela Muñoz', role: 'Enfermera, SOME' }],
    userTypes: ['residents', 'health_centres'], themes: ['health'], reach: 'comunal', link: demo('horas'),
    phases: [{ phase: 'investigacion', startedOn: '2025-06-02' }, { phase: 'construccion', startedOn: '2025-10-06' },
      { phase: 'investigacion', startedOn: '2026-01-12', note: 'Pivote tras la revisión: el problema era la confirmación de horas, no la reserva.' },
      { phase: 'construccion', startedOn: '2026-05-04' }] },
  { slug: 'retiro-voluminosos-domicilio', title: 'Retiro de voluminosos a domicilio', incubator: 'govtech-araucania', lead: GORE,
    leadTitle: 'Profesional del programa GovTech regional', sponsors: ['villarrica', 'pucon'],
    mission: 'Los vecinos no saben cuándo ni cómo se retiran muebles y electrodomésticos en desuso, y terminan en microbasurales junto a caminos y esteros.',
    team: [{ name: 'Ignacio Quilaqueo', role: 'Investigación en terreno' }],
    userTypes: ['residents'], themes: ['environment'], reach: 'comunal',
    phases: [{ phase: 'investigacion', startedOn: '2026-08-03' }] },
  { slug: 'patentes-comerciales-sin-papeles', title: 'Patentes comerciales sin papeles', incubator: 'laboratorio-temuco', lead: TEMUCO,
    leadTitle: 'Encargada de Rentas y Patentes', sponsors: ['temuco'],
    mission: 'Abrir un almacén o una peluquería exige reunir documentos de varias oficinas, en papel, y volver al municipio varias veces antes de obtener la patente.',
    team: [{ name: 'Valentina Cayupán', role: 'Diseño de servicio' }, { name: 'Jorge Mellado', role: 'Desarrollo' }],
    userTypes: ['businesses'], themes: ['permits', 'employment'], reach: 'comunal', repository: 'https://git.demo.cabildo.cl/temuco/patentes',
    phases: [{ phase: 'investigacion', startedOn: '2024-06-03' }, { phase: 'construccion', startedOn: '2024-12-02' },
      { phase: 'abandonado', startedOn: '2025-09-01', note: 'El trámite pasa a la plataforma nacional de patentes; el equipo aporta lo aprendido.' }] },
  { slug: 'mapa-veredas-accesibles', title: 'Mapa de veredas accesibles', incubator: 'govtech-araucania', lead: GORE,
    leadTitle: 'Profesional del programa GovTech regional', sponsors: ['gore-la-araucania', 'angol'],
    mission: 'Las personas en silla de ruedas y con coches de niños no saben qué recorridos del centro de Angol pueden hacer sin encontrarse con una vereda rota o sin rebaje.',
    team: [{ name: 'Tomás Huaiquil', role: 'Investigación con usuarias' }],
    userTypes: ['residents', 'associations'], themes: ['mobility'], reach: 'comunal',
    phases: [{ phase: 'investigacion', startedOn: '2025-04-07' },
      { phase: 'investigacion_sin_continuacion', startedOn: '2025-10-06', note: 'La necesidad se atiende mejor con el plan de veredas del municipio que con un servicio digital.' }] },
];
