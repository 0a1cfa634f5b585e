// The demo budget's projects: realistic Temuco neighbourhood works at realistic 2026 costs (pesos), grouped by the
// part of the city whose residents favour them, which is how the synthetic ballots (seed.ts) are drawn.
export const DEMO_TOTAL = 300_000_000n;

export interface DemoProject { title: string; description: string; cost: bigint; location: string; category: string; area: 'labranza' | 'poniente' | 'centro' | 'all'; feasible?: false }

export const DEMO_PROJECTS: DemoProject[] = [
  { title: 'Plaza Labranza: juegos inclusivos y áreas verdes', description: 'Renovación de la plaza principal de Labranza con juegos inclusivos, bancas, riego tecnificado y árboles nativos.', cost: 85_000_000n, location: 'Plaza de Labranza', category: 'Espacios públicos', area: 'labranza' },
  { title: 'Ciclovía Pedro de Valdivia', description: 'Ciclovía bidireccional segregada en Av. Pedro de Valdivia, entre Javiera Carrera y Caupolicán (1,4 km).', cost: 120_000_000n, location: 'Av. Pedro de Valdivia', category: 'Movilidad', area: 'centro' },
  { title: 'Luminarias LED en Pueblo Nuevo', description: 'Recambio de 180 luminarias de sodio por LED en las calles interiores de Pueblo Nuevo.', cost: 45_000_000n, location: 'Pueblo Nuevo', category: 'Seguridad', area: 'poniente' },
  { title: 'Sede vecinal Villa Los Ríos', description: 'Construcción de una sede social de 120 m² con cocina, baño accesible y sala multiuso para la junta de vecinos.', cost: 95_000_000n, location: 'Villa Los Ríos', category: 'Equipamiento comunitario', area: 'poniente' },
  { title: 'Huerto comunitario Amanecer', description: 'Huerto con camas elevadas, compostera e invernadero en el sitio municipal junto al CESFAM Amanecer.', cost: 12_000_000n, location: 'Población Amanecer', category: 'Medio ambiente', area: 'poniente' },
  { title: 'Cámaras de televigilancia en Av. Pablo Neruda', description: 'Ocho cámaras conectadas a la central municipal de seguridad en los cruces de Av. Pablo Neruda.', cost: 38_000_000n, location: 'Av. Pablo Neruda', category: 'Seguridad', area: 'all' },
  { title: 'Multicancha techada Pedro de Valdivia', description: 'Techumbre, iluminación y graderías para la multicancha del sector Pedro de Valdivia.', cost: 140_000_000n, location: 'Sector Pedro de Valdivia', category: 'Deporte', area: 'centro' },
  { title: 'Plaza activa Santa Rosa', description: 'Máquinas de ejercicio, circuito de trote y bebedero en la plaza de la población Santa Rosa.', cost: 22_000_000n, location: 'Población Santa Rosa', category: 'Deporte', area: 'poniente' },
  { title: 'Reforestación nativa en el borde del Cerro Ñielol', description: 'Plantación de 2.000 árboles nativos (roble, raulí, peumo) con riego el primer verano, junto a las juntas de vecinos del sector.', cost: 18_000_000n, location: 'Borde urbano del Cerro Ñielol', category: 'Medio ambiente', area: 'centro' },
  { title: 'Luminarias LED peatonales en Fundo El Carmen', description: 'Iluminación peatonal LED en los pasajes y la plaza central de Fundo El Carmen.', cost: 52_000_000n, location: 'Fundo El Carmen', category: 'Seguridad', area: 'centro' },
  { title: 'Punto limpio de reciclaje en Labranza', description: 'Punto limpio con contenedores para vidrio, cartón, plásticos y latas, con retiro semanal.', cost: 30_000_000n, location: 'Labranza, calle Los Aromos', category: 'Medio ambiente', area: 'labranza' },
  { title: 'Paraderos con techo y luz en Camino a Chol Chol', description: 'Diez paraderos techados con iluminación solar a lo largo del Camino a Chol Chol.', cost: 27_000_000n, location: 'Camino a Chol Chol', category: 'Movilidad', area: 'labranza' },
  { title: 'Piscina temperada en Labranza', description: 'Piscina temperada municipal para Labranza.', cost: 1_800_000_000n, location: 'Labranza', category: 'Deporte', area: 'labranza', feasible: false },
];

export const UNFEASIBLE_ANSWER = 'No factible: su costo estimado por la Secretaría de Planificación (SECPLA) supera seis veces el presupuesto participativo completo y requiere un terreno que el municipio no tiene. Se derivó a la cartera de proyectos del FNDR.';
export const FEASIBLE_ANSWER = 'Factible: la Dirección de Obras verificó el terreno o el espacio público y la SECPLA revisó el costo con precios de referencia 2026.';
