// The reviews demo's content (invented, illustrative), on the registry's demo services (registry/seed-data.ts): the
// committee's past reviews, consistent with the recorded phases — a stop on the day a service was abandoned or ended
// without follow-up, the CESFAM agenda's pivot back to investigación, the school-enrolment helper declaring national
// impact — and none since March 2026 for the building permits, so that review shows overdue (due 2 September 2026).
import type { Decision } from './schema.js';

export interface DemoReview { heldOn: string; decision: Decision; evidence: string; reasons: string; nationalImpact?: boolean }

export const DEMO_REVIEWS: Record<string, DemoReview[]> = {
  'permisos-edificacion-en-linea': [
    { heldOn: '2025-02-27', decision: 'continue',
      evidence: 'Dieciocho entrevistas a solicitantes y cuatro a revisores de la DOM; seguimiento de 40 expedientes de obra menor. Un expediente exige en promedio tres visitas presenciales y el 60 % de las observaciones se debe a documentos faltantes que nadie pidió al ingresar.',
      reasons: 'El problema está bien caracterizado y es frecuente. El equipo construirá una primera versión con diez arquitectos de la comuna, centrada en la lista de documentos y el estado del expediente.' },
    { heldOn: '2025-08-28', decision: 'continue',
      evidence: 'Los diez arquitectos ingresaron 64 solicitudes en línea; el tiempo hasta la primera observación bajó de 19 a 8 días y ninguna solicitud volvió por documentos faltantes. Dos revisores piden poder observar por partes.',
      reasons: 'La primera versión resuelve el problema para quienes la usan. Se abre a todas las solicitudes de obra menor en noviembre, con soporte presencial en la DOM para quienes no usan internet.' },
    { heldOn: '2026-03-02', decision: 'continue',
      evidence: 'Desde noviembre, la mitad de las solicitudes de obra menor entra en línea. Los días hasta el permiso bajan, pero la meta de junio todavía no se alcanza; la satisfacción se mantiene sobre 5,5.',
      reasons: 'Seguir en aceleración. Antes de la próxima revisión el equipo debe medir cuántas solicitudes presenciales podrían haberse hecho en línea y por qué no se hicieron.' },
  ],
  'asistente-postulacion-escolar': [
    { heldOn: '2024-07-29', decision: 'continue',
      evidence: 'Entrevistas a 35 familias en Temuco, Padre Las Casas y Lautaro, y observación en cuatro oficinas de atención. Las familias postulan a uno o dos establecimientos porque no entienden cómo se asignan las vacantes; el 22 % quedó sin asignación en la primera etapa.',
      reasons: 'Problema grave y de alcance nacional. Se construye un asistente en lenguaje claro para el proceso de postulación de este año.' },
    { heldOn: '2025-02-24', decision: 'continue',
      evidence: 'Lo usaron 11.800 familias de La Araucanía en el proceso 2025; quienes lo usaron postularon en promedio a 4,1 establecimientos (2,3 quienes no). Pruebas de accesibilidad con lectores de pantalla superadas.',
      reasons: 'El asistente cambia la conducta que causaba el problema. Se abre a otras regiones junto con la Subsecretaría.' },
    { heldOn: '2025-08-25', decision: 'continue',
      evidence: 'Convenio con tres gobiernos regionales más; contenidos revisados con familias migrantes y traducidos al creole. El uso crece cada mes, pero falta medir cuántas familias obtienen vacante en su primera preferencia.',
      reasons: 'Seguir en aceleración; medir resultados de asignación, no solo visitas.' },
    { heldOn: '2026-02-26', decision: 'continue', nationalImpact: true,
      evidence: 'En el proceso 2026 lo usaron familias de las 16 regiones; las postulaciones con cuatro o más establecimientos pasaron del 31 % al 58 % entre quienes lo usaron, y bajó la proporción de estudiantes sin asignación en la primera etapa.',
      reasons: 'El servicio alcanzó impacto nacional: lo usan familias de todo el país y mejora un resultado que importa. Pasa a consolidación para preparar su traspaso a una institución nacional.' },
    { heldOn: '2026-08-27', decision: 'continue',
      evidence: 'Estabilidad del servicio durante el periodo de resultados; mesa técnica con el Ministerio de Educación para el traspaso; costos de operación documentados.',
      reasons: 'Continuar la consolidación; la próxima revisión debe decidir el traspaso.' },
  ],
  'agenda-horas-cesfam': [
    { heldOn: '2026-01-12', decision: 'pivot',
      evidence: 'La reserva en línea funciona, pero el 38 % de las horas reservadas se pierde: las personas no reciben confirmación ni recordatorio y los SOME no liberan las horas no confirmadas. Las filas de la madrugada siguen igual.',
      reasons: 'El problema no es reservar sino confirmar y reasignar horas. El equipo vuelve a investigación para entender el flujo de confirmación con los SOME de Temuco y Padre Las Casas.' },
    { heldOn: '2026-07-14', decision: 'continue',
      evidence: 'Nuevo prototipo de confirmación por SMS y llamada automática en dos CESFAM: las horas perdidas bajaron del 38 % al 17 % en ocho semanas.',
      reasons: 'La nueva dirección muestra impacto temprano. Seguir construyendo y sumar un tercer CESFAM.' },
  ],
  'patentes-comerciales-sin-papeles': [
    { heldOn: '2024-11-28', decision: 'continue',
      evidence: 'Veinticinco entrevistas a emprendedoras y emprendedores; para una patente se reúnen en promedio siete documentos de cuatro oficinas distintas.',
      reasons: 'Se construye una primera versión que reúna los certificados municipales sin papel.' },
    { heldOn: '2025-05-29', decision: 'continue',
      evidence: 'Primera versión con 30 solicitudes reales; los certificados municipales ya no se piden en papel, pero los de otros servicios públicos siguen siendo el cuello de botella. Se anuncia una plataforma nacional de patentes.',
      reasons: 'Continuar, pero evaluar en la próxima revisión si el servicio duplica la plataforma nacional.' },
    { heldOn: '2025-09-01', decision: 'stop',
      evidence: 'La plataforma nacional de patentes incorporará a Temuco en 2026 e integra los certificados de otros servicios, lo que este servicio no puede hacer.',
      reasons: 'Mantener un servicio municipal paralelo no se justifica. Se detiene; el equipo entrega a la plataforma nacional lo aprendido con las usuarias y usuarios.' },
  ],
  'mapa-veredas-accesibles': [
    { heldOn: '2025-10-06', decision: 'stop',
      evidence: 'Recorridos con 14 personas usuarias de silla de ruedas y familias con coches; catastro de 120 cuadras del centro de Angol. El problema es el estado de las veredas, y el municipio ya tiene un plan de reparación financiado.',
      reasons: 'Un servicio digital no cambiaría la experiencia de las personas: la necesidad se atiende con el plan de veredas. La investigación termina sin continuación y el catastro se entrega a la Dirección de Obras de Angol.' },
  ],
};
