// Accounts: registration, email confirmation, sign-in, sign-out, password reset, API tokens.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';

export async function authRoutes(app: FastifyInstance, deps: { config: Config; db: Db }) {
  void app; void deps;
}
