// The demo's texts (seed.ts): written by Cabildo to show the module, and saying so. No quotes are attributed to real
// people; the speakers are invented names, marked as examples.
import type { PanelSpeaker } from './schema.js';

const DEMO_NOTE = '_Ejemplo de demostración: texto escrito por Cabildo para mostrar el módulo. No es una publicación oficial de SUBDERE ni de ninguna institución._';

export const BRIEF = {
  title: 'Plataformas compartidas: el camino más corto para avanzar en el Índice GovTech Municipal',
  summary: 'Lo que muestra el índice sobre las municipalidades que usan FirmaGob, DocDigital, ClaveÚnica y un nodo PISEE, y cinco pasos para avanzar sin desarrollar sistemas propios.',
  pdfTitle: 'Nota de política (ejemplo de demostración de Cabildo)',
  pdfLines: [
    'Plataformas compartidas: el camino más corto para avanzar en el Índice GovTech Municipal.',
    'Texto escrito por Cabildo para mostrar el módulo; no es una publicación oficial.',
    'Lea la versión completa en la página de la publicación.',
  ],
  body: `${DEMO_NOTE}

## Qué muestra el índice

El pilar de **plataformas nacionales compartidas** es el que más separa a las municipalidades de los grupos A y B del resto. Las plataformas del Estado —FirmaGob para la firma electrónica, DocDigital para las comunicaciones oficiales entre instituciones, ClaveÚnica para que las personas se identifiquen y un nodo de interoperabilidad PISEE para intercambiar datos— no cuestan licencias a la municipalidad y ya cumplen las exigencias de la Ley 21.180 de Transformación Digital del Estado.

Una municipalidad que las adopta no solo sube en ese pilar: también mejora en **servicios y trámites en línea**, porque un trámite con ClaveÚnica y firma electrónica puede hacerse completo sin ir a la oficina.

## Cinco pasos para avanzar

1. **Solicitar el nodo PISEE** aunque todavía no haya un intercambio previsto: es el paso que más tarda.
2. **Habilitar FirmaGob** para decretos y resoluciones, empezando por una unidad piloto.
3. **Pasar a producción en DocDigital** los oficios con otras instituciones públicas.
4. **Integrar ClaveÚnica** en el trámite más pedido de la comuna (patentes, permisos de circulación o certificados).
5. **Registrar cada avance** en el seguimiento regional de adopción, con su evidencia, para que el índice lo refleje.

## Cómo se mide

El índice se calcula con un método público y versionado; vea la [metodología](/observatorio/metodologia) y el [análisis de sensibilidad](/observatorio/sensibilidad), que muestra cuánto puede moverse cada posición cuando cambian los supuestos.
`,
};

export interface DemoPanel {
  title: string; description: string; days: number; durationMinutes: number; speakers: PanelSpeaker[]; videoUrl: string | null; summary: string | null;
}

const example = (name: string, affiliation: string) => ({ name: `${name} (ejemplo)`, affiliation });

export const PANELS: DemoPanel[] = [
  {
    title: 'Firmar y enviar sin papel: municipalidades que ya usan FirmaGob y DocDigital',
    description: `Tres equipos municipales cuentan cómo pasaron de la firma manuscrita a la electrónica y qué cambió en sus plazos.\n\n${DEMO_NOTE}`,
    days: -45, durationMinutes: 90,
    speakers: [example('Camila Reyes Soto', 'Municipalidad de ejemplo, Secretaría Municipal'), example('Andrés Muñoz Vidal', 'Gobierno regional de ejemplo'),
      example('Valentina Pino Rojas', 'Cabildo, equipo del Observatorio')],
    videoUrl: 'https://video.example.org/observatorio/firmar-y-enviar-sin-papel',
    summary: `${DEMO_NOTE}\n\n- Empezar por una unidad piloto redujo la resistencia al cambio.\n- La capacitación breve y repetida funcionó mejor que una jornada larga.\n- Quedó pendiente medir los plazos antes y después con los mismos criterios.`,
  },
  {
    title: 'ClaveÚnica en los trámites municipales: lo que aprendimos',
    description: `Conversación sobre la integración de ClaveÚnica en trámites de alto volumen y el apoyo a quienes no la tienen.\n\n${DEMO_NOTE}`,
    days: -100, durationMinutes: 60,
    speakers: [example('Rodrigo Fuentes Lagos', 'Municipalidad de ejemplo, Informática'), example('Josefa Araya Díaz', 'Universidad de ejemplo')],
    videoUrl: null, summary: null,
  },
  {
    title: 'El Índice GovTech Municipal por dentro: método, datos y sensibilidad',
    description: `Cómo se construye el índice, de dónde vienen los datos y por qué publicamos los intervalos de posición. Abierto a preguntas.\n\n${DEMO_NOTE}`,
    days: 21, durationMinutes: 75,
    speakers: [example('Ignacio Torres Bravo', 'Cabildo, equipo del Observatorio'), example('Francisca Molina Ortiz', 'Centro de estudios de ejemplo')],
    videoUrl: null, summary: null,
  },
];
