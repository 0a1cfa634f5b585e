// The engagement demo's content: needs as residents would write them (the problem, not a solution), how many demo
// residents support each, the leads' answers, and the satisfaction survey's grades and suggestions.
export interface DemoNeed {
  title: string;
  body: string;
  supports: number;
  answer?: { kind: 'accepted' | 'rejected'; text: string };
}

export const DEMO_NEEDS: Record<string, DemoNeed[]> = {
  'permisos-edificacion-en-linea': [
    { title: 'No sé en qué estado va mi permiso de edificación', supports: 27,
      body: 'Ingresé la solicitud hace un mes y para saber si alguien la revisó tengo que ir a la Dirección de Obras en horario de oficina. Pierdo medio día de trabajo cada vez.' },
    { title: 'Las observaciones al expediente llegan en papel y tarde', supports: 14,
      answer: { kind: 'accepted', text: 'Lo agregamos a la lista de trabajo: desde marzo las observaciones se notificarán por correo y quedarán en el expediente en línea, con el plazo para responderlas.' },
      body: 'Cuando el revisor encuentra un problema en los planos me avisan por carta certificada, que llega una semana después. Así el plazo para corregir se me hace muy corto.' },
    { title: 'No entiendo qué documentos pide la ampliación de una vivienda', supports: 9,
      body: 'En la página hay una lista larga de documentos y no queda claro cuáles aplican a una ampliación menor de 25 metros cuadrados en una vivienda social.' },
    { title: 'Pagar los derechos municipales me obliga a ir a la tesorería', supports: 6,
      answer: { kind: 'rejected', text: 'El pago en línea de derechos depende del sistema de Tesorería Municipal, que cambiará en 2027; por ahora no lo abordaremos en este servicio. Lo informamos a Tesorería.' },
      body: 'Después de aprobado el permiso tengo que pagar en la tesorería municipal en persona. Vivo en Labranza y el viaje me toma más de una hora en micro.' },
  ],
  'asistente-postulacion-escolar': [
    { title: 'No sé cuáles colegios cercanos tienen vacantes para mi hijo', supports: 18,
      body: 'Al postular en el sistema nacional tengo que ordenar colegios sin saber cuáles tienen cupos en el curso de mi hijo ni cuáles quedan cerca de la casa.' },
    { title: 'Mi mamá no tiene computador para postular a su nieta', supports: 11,
      body: 'Mi mamá cuida a mi hija y no tiene computador ni sabe usar la página de postulación. Necesita ayuda en persona o por teléfono cerca de su casa.' },
    { title: 'Los plazos de postulación me los enteré tarde', supports: 5,
      body: 'Supe de la fecha de cierre por una vecina, dos días antes. Me gustaría que me avisaran con tiempo las fechas que me corresponden.' },
  ],
};

/** 40 grades: 15 sevens, 12 sixes, 7 fives, 3 fours, 2 threes, 1 two: 232/40 = 5,8; 37 of 40 pass (≥ 4). */
export const DEMO_GRADES: readonly number[] = [
  ...Array<number>(15).fill(7), ...Array<number>(12).fill(6), ...Array<number>(7).fill(5), 4, 4, 4, 3, 3, 2,
].map((_, i, all) => all[(i * 17) % all.length]!);

export const DEMO_IMPROVEMENTS = [
  'Que avise por correo cuando cambia el estado del permiso.',
  'Subir los planos en PDF fue lento desde el celular.',
  'Más claridad sobre qué documentos faltan.',
  'Poder pagar en línea los derechos municipales.',
  'Que la revisión no tome tantas semanas.',
  'Un teléfono para hablar con el revisor del expediente.',
  'Muy bueno, me ahorró dos viajes a la municipalidad.',
  'Que funcione bien en el celular.',
];
