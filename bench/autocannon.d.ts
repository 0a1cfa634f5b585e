// The part of autocannon's API the benchmark uses (the package ships no types, and @types/autocannon is not a
// dependency).
declare module 'autocannon' {
  interface Histogram { average: number; p50: number; p99: number }
  interface Result { requests: Histogram; latency: Histogram; non2xx: number; errors: number; timeouts: number }
  export default function autocannon(options: { url: string; connections?: number; duration?: number }): Promise<Result>;
}
