// The demo consultations' questionnaires and the words of the demo residents (seed.ts).
import type { NewQuestion } from './new-consultation.js';

export const ESTRATEGIA = {
  title: 'Estrategia de Gobierno Digital 2030',
  description: 'El Gobierno Regional de La Araucanía quiere conocer cómo se relaciona usted con los servicios públicos digitales y qué '
    + 'prioridades debe tener la Estrategia de Gobierno Digital 2030.\n\nResponder toma unos 5 minutos. Se ingresa con ClaveÚnica: '
    + 'una respuesta por persona, que puede editar hasta el cierre.',
  questions: [
    { kind: 'single_choice', title: '¿Ha realizado algún trámite con el Gobierno Regional por internet en los últimos 12 meses?', options: ['Sí', 'No'], required: true },
    { kind: 'short_text', title: '¿Qué trámite realizó?', help: 'Por ejemplo: postulación a un fondo concursable, solicitud de información.', showIf: { question: 1, option: 'Sí' } },
    { kind: 'scale_1_7', title: 'Con nota de 1 a 7, ¿cómo evalúa esa experiencia?', required: true, showIf: { question: 1, option: 'Sí' } },
    { kind: 'multiple_choice', title: '¿Por qué canales prefiere relacionarse con el Gobierno Regional?', maxChoices: 3,
      options: ['Sitio web', 'Aplicación en el celular', 'WhatsApp', 'Oficina presencial', 'Teléfono', 'Municipalidad de su comuna'] },
    { kind: 'ranking', title: 'Ordene estas prioridades de la Estrategia, de la más a la menos importante',
      options: ['Conectividad rural y en comunidades', 'Trámites 100 % digitales', 'Datos abiertos y transparencia', 'Competencias digitales para personas mayores', 'Atención en mapudungun'] },
    { kind: 'matrix', title: '¿Qué tan de acuerdo está con las siguientes afirmaciones?',
      rows: ['Tengo buena conexión a internet en mi hogar', 'Sé usar mi ClaveÚnica', 'Confío en que el Estado protege mis datos'],
      options: ['De acuerdo', 'Ni de acuerdo ni en desacuerdo', 'En desacuerdo'] },
    { kind: 'single_choice', title: '¿En qué provincia vive?', options: ['Cautín', 'Malleco'], required: true },
    { kind: 'long_text', title: '¿Qué otra propuesta haría para la Estrategia de Gobierno Digital 2030?' },
  ] satisfies NewQuestion[],
};

export const HORARIO = {
  title: 'Horario de atención extendido de la oficina de partes',
  description: 'Consulta breve sobre extender el horario de atención presencial y por videollamada de la oficina de partes del Gobierno Regional.',
  questions: [
    { kind: 'single_choice', title: '¿Está de acuerdo con extender la atención hasta las 19:00 horas?', options: ['Sí', 'No'], required: true },
    { kind: 'single_choice', title: '¿Qué día le acomoda más para la atención extendida?', options: ['Lunes', 'Miércoles', 'Viernes'], required: true },
    { kind: 'scale_1_7', title: 'Con nota de 1 a 7, ¿cómo evalúa la atención actual de la oficina de partes?', required: true },
  ] satisfies NewQuestion[],
};

export const FIRST_NAMES = ['María José', 'Juan Carlos', 'Camila', 'Luis', 'Francisca', 'Pedro', 'Javiera', 'Matías', 'Valentina', 'Rodrigo',
  'Catalina', 'Felipe', 'Constanza', 'Sebastián', 'Daniela', 'Tomás', 'Fernanda', 'Cristián', 'Ignacia', 'Diego'];
export const LAST_NAMES = ['Huenchullán', 'González', 'Painemal', 'Muñoz', 'Catrileo', 'Rojas', 'Millapán', 'Sepúlveda', 'Ñancupil', 'Fuentes', 'Quilaqueo'];

export const TRAMITES = ['Postulación al FNDR 8 %', 'Solicitud de información por transparencia', 'Postulación a fondo de cultura',
  'Certificado de beneficiario', 'Seguimiento de un proyecto de agua potable rural', 'Inscripción en capacitación digital'];

export const PROPOSALS = [
  'Antenas en las comunidades de Alto Biobío y Curarrehue: sin señal no hay gobierno digital.',
  'Puntos de atención digital con apoyo presencial en cada municipalidad, sobre todo para personas mayores.',
  'Que los formularios estén también en mapudungun y se puedan completar desde el celular.',
  'Publicar en datos abiertos el avance de cada proyecto financiado por el Gobierno Regional.',
  'Capacitación en ClaveÚnica en las juntas de vecinos rurales.',
  'Que los fondos concursables se puedan postular sin imprimir nada.',
];
