// Test support: the real instances from pabulib (Faliszewski et al., "Participatory Budgeting: Data, Tools, and
// Analysis", IJCAI 2023), read in place from ../shared/data/pb/ (SOURCES.md): they are never copied into the project.
import { readFileSync } from 'node:fs';

const DATA = new URL('../../../../../../shared/data/pb/', import.meta.url);

export const REAL_FILES = ['Poland_Wieliczka_2023_Green_Budget', 'Netherlands_Assen_2024', 'Poland_Warszawa_2017_Plac_Wojska_Polskiego',
  'Poland_Czestochowa_2024_Grabowka', 'Switzerland_Zurich_S5'] as const;

export const realFilePath = (name: string) => new URL(`${name}.pb`, DATA);
export const readReal = (name: string) => readFileSync(realFilePath(name), 'utf8');
